import type { Revision } from '../../domain/editorial.js';
import type { RevisionDiff } from '../../services/articles/revisions.js';
import { presentDateTime } from './admin-dates.js';
import type { AdminChromeView, DiffView, RevisionsView } from './admin-view-models.js';
import { t } from '../i18n/translate.js';

const label = (r: Revision, zone: string, locale: string) =>
  t(locale, r.autosave ? 'admin.revisions.labelAutosave' : 'admin.revisions.label', { version: String(r.version), date: presentDateTime(r.createdAt, zone, locale)?.label ?? '' });

/** The revisions list; by default it compares the two newest. */
export function presentRevisions(chrome: AdminChromeView, data: { article: { id: number; title: string }; version: number; revisions: Revision[] }): RevisionsView {
  const id = data.article.id;
  const { locale } = chrome;
  return {
    chrome,
    heading: t(locale, 'admin.revisions.heading', { title: data.article.title }),
    editHref: `/admin/articles/${id}`,
    compareAction: `/admin/articles/${id}/revisions/compare`,
    version: data.version,
    rows: data.revisions.map((r) => ({
      id: r.id, version: r.version, kind: t(locale, r.autosave ? 'admin.revisions.autosave' : 'admin.revisions.saved'), who: r.userName ?? t(locale, 'admin.revisions.someone'), when: presentDateTime(r.createdAt, chrome.timeZone, locale), title: r.title,
      restoreAction: `/admin/articles/${id}/revisions/${r.id}/restore`,
    })),
    defaultFrom: data.revisions[1]?.id ?? data.revisions[0]?.id ?? null,
    defaultTo: data.revisions[0]?.id ?? null,
  };
}

/** The diff between two revisions. */
export function presentDiff(chrome: AdminChromeView, articleId: number, diff: RevisionDiff): DiffView {
  return {
    chrome,
    heading: t(chrome.locale, 'admin.revisions.diffHeading', { title: diff.to.title }),
    backHref: `/admin/articles/${articleId}/revisions`,
    fromLabel: label(diff.from, chrome.timeZone, chrome.locale),
    toLabel: label(diff.to, chrome.timeZone, chrome.locale),
    title: diff.titleChanged ? { before: diff.from.title, after: diff.to.title } : null,
    fields: diff.fields,
    body: diff.body,
  };
}
