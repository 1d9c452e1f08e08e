import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalid, m } from '../../../domain/errors.js';
import { menuFromRows, type MenuItem, type MenuRow } from '../../../domain/menu.js';
import { mayChangeSettings } from '../../../policies/settings.js';
import { formWithError } from '../../../presenters/admin/admin-chrome.js';
import { messageText } from '../../../presenters/i18n/message-text.js';
import { currentMenus, MENUS, presentAppearance, type MenuName, type MenuTargets } from '../../../presenters/admin/appearance-presenter.js';
import { AppearancePage } from '../../../views/admin/pages/appearance-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminT, chromeFor, formErrorStatus, formValues, redirectAfterPost, adminLocale } from './admin-request.js';

// Each menu's name in the admin's language, for the errors that name a row of it.
const MENU_LABELS: Record<MenuName, string> = { primary: 'admin.appearance.headerMenu', footer: 'admin.appearance.footerMenu' };
const SETTING: Record<MenuName, 'primaryMenu' | 'footerMenu'> = { primary: 'primaryMenu', footer: 'footerMenu' };
const menuName = z.enum(MENUS);
const addSchema = z.object({ menu: menuName, target: z.string().regex(/^[^\t]+\t[^\t]+$/) });

type Values = Record<string, string | string[]>;
const text = (values: Values, key: string): string => [values[key] ?? ''].flat()[0] ?? '';

/** The rows of one menu's table in a posted form (`primary.3.label`…), in row order. */
function postedRows(values: Values, menu: MenuName): MenuRow[] {
  const indexes = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = new RegExp(`^${menu}\\.(\\d{1,3})\\.`).exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b).map((i) => ({
    label: text(values, `${menu}.${i}.label`),
    url: text(values, `${menu}.${i}.url`),
    position: text(values, `${menu}.${i}.position`),
    child: text(values, `${menu}.${i}.child`) === 'on',
  }));
}

/** Logo, accent colour, footer text, custom CSS and the two menus (administrators). */
export function registerAppearanceRoutes(app: FastifyInstance, deps: RouteDeps<'settings' | 'structure' | 'reader' | 'media'>): void {
  const { settings, structure, reader, media, themes } = deps;
  const targets = async (): Promise<MenuTargets> => {
    const [lists, chrome] = await Promise.all([structure.lists(), reader.chrome()]);
    return { sections: lists.sections, tags: lists.tags, pages: chrome.pages, themes: themes.list };
  };
  // Only the themes loaded at start can be chosen (a folder added later needs a restart).
  const installed = () => z.enum(themes.list.map((t) => t.name) as [string, ...string[]]);
  const show = async (request: FastifyRequest, typed?: Parameters<typeof presentAppearance>[3]) =>
    <AppearancePage view={presentAppearance(chromeFor(request, adminT(request)('admin.appearance.title')), await settings.get(), await targets(), typed)} />;

  app.get('/admin/appearance', { config: { policy: mayChangeSettings, signInFirst: true } }, async (request, reply) =>
    sendPage(reply, await show(request)));

  app.post('/admin/appearance', { config: { policy: mayChangeSettings } }, async (request, reply) => {
    const values = formValues(request);
    const rows = { primary: postedRows(values, 'primary'), footer: postedRows(values, 'footer') };
    try {
      const menus = Object.fromEntries(MENUS.map((m) => [SETTING[m], menuFromRows(rows[m], adminT(request)(MENU_LABELS[m]))]));
      const theme = installed().safeParse(text(values, 'theme') || 'default');
      if (!theme.success) throw invalid(m`Theme: "${text(values, 'theme')}" is not installed; choose one of ${themes.list.map((t) => t.name).join(', ')}.`, 'theme');
      const logo = await media.imageSize(text(values, 'logoUrl'));
      await settings.update({
        theme: theme.data, logoWidth: logo?.width ?? 0, logoHeight: logo?.height ?? 0,
        logoUrl: text(values, 'logoUrl'), accentColor: text(values, 'accentColor'),
        footerText: text(values, 'footerText'), customCss: text(values, 'customCss'), ...menus,
        homeSections: [values['homeSections'] ?? []].flat(),
      });
    } catch (error) {
      return sendPage(reply, await show(request, { form: formWithError(values, error, adminLocale(request)), rows }), formErrorStatus(error));
    }
    return redirectAfterPost(reply, '/admin/appearance', 'saved');
  });

  app.post('/admin/appearance/menu-add', { config: { policy: mayChangeSettings } }, async (request, reply) => {
    const parsed = addSchema.safeParse(formValues(request));
    if (!parsed.success) return reply.code(400).send({ error: messageText(adminLocale(request), m`Choose a menu and what to link to.`) });
    const [url, label] = parsed.data.target.split('\t') as [string, string];
    const menus = currentMenus(await settings.get(), await targets());
    const next: MenuItem[] = [...menus[parsed.data.menu], { label, url, children: [] }];
    try {
      await settings.update({ [SETTING[parsed.data.menu]]: next });
    } catch (error) {
      const values = formValues(request);
      return sendPage(reply, await show(request, { form: formWithError(values, error, adminLocale(request)), rows: { primary: [], footer: [] } }), formErrorStatus(error));
    }
    return redirectAfterPost(reply, '/admin/appearance', 'saved');
  });

  app.post('/admin/appearance/menu-reset', { config: { policy: mayChangeSettings } }, async (request, reply) => {
    const parsed = z.object({ menu: menuName }).safeParse(formValues(request));
    if (!parsed.success) return reply.code(400).send({ error: messageText(adminLocale(request), m`Say which menu to reset: primary or footer.`) });
    await settings.update({ [SETTING[parsed.data.menu]]: null });
    return redirectAfterPost(reply, '/admin/appearance', 'saved');
  });
}
