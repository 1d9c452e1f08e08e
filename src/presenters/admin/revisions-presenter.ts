import type { Revision } from '../../domain/editorial.js';
import type { RevisionDiff } from '../../services/articles/revisions.js';
import { presentDateTime } from './admin-dates.js';
import type { AdminChromeView, DiffView, RevisionsView } from './admin-view-models.js';

const label = (r: Revision, zone: string) => `version ${r.version}${r.autosave ? ' (autosave)' : ''}, ${presentDateTime(r.createdAt, zone)?.label ?? ''}`;

/** The revisions list; by default it compares the two newest. */
export function presentRevisions(chrome: AdminChromeView, data: { article: { id: number; title: string }; version: number; revisions: Revision[] }): RevisionsView {
  const id = data.article.id;
  return {
    chrome,
    heading: `Revisions of “${data.article.title}”`,
    editHref: `/admin/articles/${id}`,
    compareAction: `/admin/articles/${id}/revisions/compare`,
    version: data.version,
    rows: data.revisions.map((r) => ({
      id: r.id, version: r.version, kind: r.autosave ? 'autosave' : 'saved', who: r.userName ?? 'someone', when: presentDateTime(r.createdAt, chrome.timeZone), title: r.title,
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
    heading: `Changes to “${diff.to.title}”`,
    backHref: `/admin/articles/${articleId}/revisions`,
    fromLabel: label(diff.from, chrome.timeZone),
    toLabel: label(diff.to, chrome.timeZone),
    title: diff.titleChanged ? { before: diff.from.title, after: diff.to.title } : null,
    fields: diff.fields,
    body: diff.body,
  };
}
