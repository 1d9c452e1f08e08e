import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { m } from '../../../domain/errors.js';
import { schemaMessage } from '../../../domain/schema-messages.js';
import { mayChangeSettings } from '../../../policies/settings.js';
import { formWithError, formWithIssues } from '../../../presenters/admin/admin-chrome.js';
import { presentSettings } from '../../../presenters/admin/screens-presenter.js';
import { SettingsPage } from '../../../views/admin/pages/settings-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminT, chromeFor, formErrorStatus, formValues, redirectAfterPost, adminLocale } from './admin-request.js';
import { extraSettingsFields, extraSettingsPatch, splitExtraFields } from './settings-extra.js';

const settingsSchema = z.object({
  title: z.string().trim().min(1, schemaMessage(m`Enter the site title.`)).max(200, schemaMessage(m`The title is too long (200 characters at most).`)),
  description: z.string().max(500, schemaMessage(m`The description is too long (500 characters at most).`)),
  language: z.string().trim().min(1, schemaMessage(m`Enter a language tag such as en.`)),
  timeZone: z.string().trim().min(1, schemaMessage(m`Enter a time zone such as Europe/London.`)),
  postsPerPage: z.string().regex(/^\d{1,3}$/, schemaMessage(m`Enter a number from 1 to 100.`)),
  permalinkPattern: z.string(),
  citationStyle: z.string(),
  websubHub: z.string().max(2048, schemaMessage(m`The hub address is too long (2048 characters at most).`)).optional(),
  digits: z.enum(['locale', 'latin', 'native'], schemaMessage(m`Choose how digits are written.`)).optional(),
  languages: z.string().max(400, schemaMessage(m`Too many languages.`)).optional(),
  commentModeration: z.string().optional(),
  commentsCloseAfterDays: z.string().regex(/^\d{1,5}$/, schemaMessage(m`Enter a number of days (0 for never).`)).optional(),
  commentThreadDepth: z.string().regex(/^\d{1,2}$/, schemaMessage(m`Enter a depth from 1 to 10.`)).optional(),
  commentOrder: z.string().optional(),
  commentsPerPage: z.string().regex(/^\d{1,3}$/, schemaMessage(m`Enter a number from 1 to 500.`)).optional(),
  commentMaxLinks: z.string().regex(/^\d{1,3}$/, schemaMessage(m`Enter a number of links.`)).optional(),
  commentMinFillSeconds: z.string().regex(/^\d{1,4}$/, schemaMessage(m`Enter a number of seconds.`)).optional(),
  commentRateLimitPerMinute: z.string().regex(/^\d{1,4}$/, schemaMessage(m`Enter a number of comments.`)).optional(),
  commentDisallowedWords: z.string().default(''),
  moderatorEmails: z.string().default(''),
  ...extraSettingsFields,
});

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** Site settings (administrators). A new citation style re-renders notes in the background. */
export function registerSettingsRoutes(app: FastifyInstance, { settings }: RouteDeps<'settings'>): void {
  app.get('/admin/settings', { config: { policy: mayChangeSettings, signInFirst: true } }, async (request, reply) => {
    const current = await settings.get();
    return sendPage(reply, <SettingsPage view={presentSettings(chromeFor(request, adminT(request)('admin.settings.title')), current)} />);
  });

  app.post('/admin/settings', { config: { policy: mayChangeSettings } }, async (request, reply) => {
    const values = formValues(request);
    const parsed = settingsSchema.safeParse(values);
    // A form sent back with errors never shows the Save Page Now secret typed into it.
    const shown = { ...values, captureSecret: '' };
    const again = async (form: ReturnType<typeof formWithIssues>, status: number) =>
      sendPage(reply, <SettingsPage view={presentSettings(chromeFor(request, adminT(request)('admin.settings.title')), await settings.get(), form)} />, status);
    if (!parsed.success) return again(formWithIssues(shown, parsed.error.issues, adminLocale(request)), 400);
    try {
      const { extra, rest } = splitExtraFields(parsed.data);
      const { title, description, language, timeZone, postsPerPage, permalinkPattern, citationStyle, websubHub, digits, languages, ...comments } = rest;
      // The calendar box is saved with the digits choice it sits beside (an unticked box sends nothing).
      const localePatch = digits === undefined ? {} : { digits, persianCalendar: values['persianCalendar'] === 'on' };
      // The language fields are saved when the form has them (an unticked box sends nothing).
      const languagePatch = languages === undefined ? {} : { languages: languages.split(/[\s,]+/).filter(Boolean), languagePrefixes: values['languagePrefixes'] === 'on' };
      // The comment fields are saved when the form has them (an unticked box sends nothing).
      const commentPatch = comments.commentModeration === undefined ? {} : {
        ...Object.fromEntries(Object.entries(comments).filter(([, v]) => v !== undefined)),
        commentsEnabled: values['commentsEnabled'] === 'on',
        commentDisallowedWords: lines(comments.commentDisallowedWords),
        moderatorEmails: lines(comments.moderatorEmails),
      };
      await settings.update({ title, description, language, timeZone, postsPerPage: Number(postsPerPage), permalinkPattern, citationStyle, ...(websubHub === undefined ? {} : { websubHub }), ...localePatch, ...languagePatch, ...commentPatch, ...extraSettingsPatch(extra) });
    } catch (error) {
      return again(formWithError(shown, error, adminLocale(request)), formErrorStatus(error));
    }
    return redirectAfterPost(reply, '/admin/settings', 'saved');
  });
}
