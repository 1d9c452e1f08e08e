import { defaultMenu, rowsFromMenu, type MenuItem, type MenuRow } from '../../domain/menu.js';
import { sectionPath, tagPath } from '../../domain/permalinks.js';
import { childSections, sectionSlugPath, type Section } from '../../domain/section.js';
import type { SiteSettings } from '../../domain/settings.js';
import { t } from '../i18n/translate.js';
import { presentForm } from './admin-chrome.js';
import type { AdminChromeView, FormView, OptionView } from './admin-view-models.js';

/** The two menus a site has, as named in forms. */
export const MENUS = ['primary', 'footer'] as const;
export type MenuName = (typeof MENUS)[number];

/** Empty rows shown under a menu's links, to add to it without script. */
export const BLANK_ROWS = 3;

/** One menu's editor: its rows, and whether the owner chose it or it is the default. */
export interface MenuEditorView {
  name: MenuName;
  heading: string;
  chosen: boolean;
  rows: MenuRow[];
}

/** The Appearance screen: branding fields and the menu editors. */
export interface AppearanceView {
  chrome: AdminChromeView;
  form: FormView;
  menus: MenuEditorView[];
  /** Sections whose newest articles the front page can show in blocks (value: slug path). */
  homeSections: OptionView[];
  /** The installed themes (value: folder name; label: its name and description). */
  themes: OptionView[];
  /** What can be added to a menu in one step: sections, pages and tags (value `url\tlabel`). */
  choices: Array<{ group: string; options: OptionView[] }>;
}

/** What the site has to link to from a menu. */
export interface MenuTargets {
  sections: Section[];
  pages: Array<{ slug: string; title: string }>;
  tags: Array<{ slug: string; name: string }>;
  /** The installed themes, the built-in default first. */
  themes: Array<{ name: string; title: string; description: string }>;
}

const choice = (url: string, label: string): OptionView => ({ value: `${url}\t${label}`, label: `${label} (${url})` });

/** The menus as the site shows them now: the owner's, or the defaults. */
export function currentMenus(settings: SiteSettings, targets: MenuTargets): Record<MenuName, MenuItem[]> {
  return {
    primary: settings.primaryMenu ?? defaultMenu(childSections(targets.sections, null)
      .map((s) => ({ label: s.name, url: sectionPath(sectionSlugPath(targets.sections, s)) }))),
    footer: settings.footerMenu ?? targets.pages.map((p) => ({ label: p.title, url: `/${p.slug}`, children: [] })),
  };
}

/** The Appearance screen; `form` and `rows` carry what was typed when a save failed. */
export function presentAppearance(
  chrome: AdminChromeView, settings: SiteSettings, targets: MenuTargets,
  typed?: { form: FormView; rows: Record<MenuName, MenuRow[]> },
): AppearanceView {
  const menus = currentMenus(settings, targets);
  const a = (key: string) => t(chrome.locale, `admin.appearance.${key}`);
  return {
    chrome,
    form: typed?.form ?? presentForm({
      theme: settings.theme, logoUrl: settings.logoUrl, accentColor: settings.accentColor, customCss: settings.customCss, footerText: settings.footerText,
      homeSections: settings.homeSections,
    }),
    themes: targets.themes.map((t) => ({ value: t.name, label: t.description ? `${t.title} — ${t.description}` : t.title })),
    homeSections: targets.sections.map((s) => ({ value: sectionSlugPath(targets.sections, s), label: s.name })),
    menus: [
      { name: 'primary', heading: a('headerMenu'), chosen: settings.primaryMenu !== null, rows: typed?.rows.primary ?? rowsFromMenu(menus.primary, BLANK_ROWS) },
      { name: 'footer', heading: a('footerMenu'), chosen: settings.footerMenu !== null, rows: typed?.rows.footer ?? rowsFromMenu(menus.footer, BLANK_ROWS) },
    ],
    choices: [
      { group: a('sections'), options: targets.sections.map((s) => choice(sectionPath(sectionSlugPath(targets.sections, s)), s.name)) },
      { group: a('pages'), options: targets.pages.map((p) => choice(`/${p.slug}`, p.title)) },
      { group: a('tags'), options: targets.tags.map((t) => choice(tagPath(t.slug), t.name)) },
    ],
  };
}
