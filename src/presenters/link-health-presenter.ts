import type { Note } from '../domain/article.js';
import { isGone } from '../domain/link-health.js';
import { summariseSources, type NoteLinkState } from '../domain/link-summary.js';
import type { NoteLinkHealth } from '../domain/link-record.js';
import { presentDate } from './dates.js';
import { localizedSourcesLine } from './i18n/sources-line.js';
import type { NoteView } from './view-models.js';

/** Class of a note's link once it is known to be dead, so themes can mark it. */
export const DEAD_LINK_CLASS = 'note-link-dead';

/**
 * Adds the class to the note's first link, the one its URL was taken from. The HTML comes
 * from our own sanitiser, which never lets a class through on links, so the first `<a `
 * with an href is that link and carries no class yet.
 */
export function markFirstLink(html: string): string {
  return html.replace(/<a (?=[^>]*\bhref=)/, `<a class="${DEAD_LINK_CLASS}" `);
}

/**
 * A note whose link is dead or a soft-404: the link is marked and, Wikipedia-style, its
 * archived copy is offered beside it ("archived copy, 3 May 2011"). Other notes are unchanged.
 */
export function presentDeadLink(view: NoteView, link: NoteLinkHealth, language: string): NoteView {
  if (!isGone(link.status)) return view;
  const archive = link.archiveUrl ? { href: link.archiveUrl, date: presentDate(link.archiveCapturedAt, language) } : null;
  return { ...view, html: markFirstLink(view.html), deadLink: { archive } };
}

/**
 * The line under an article's notes heading: "14 sources · links checked 28 November 2026 ·
 * 1 dead, archived copy shown"; links never checked are said to be not yet checked.
 */
export function presentSourcesLine(notes: readonly Note[], links: readonly NoteLinkHealth[], language: string, zone: string): string | null {
  if (notes.length === 0) return null;
  const byNote = new Map(links.map((l) => [l.noteNumber, l]));
  const states: NoteLinkState[] = notes.filter((n) => n.url !== null || byNote.has(n.number)).map((n) => {
    const link = byNote.get(n.number);
    return link
      ? { url: link.url, status: link.status, lastCheckedAt: link.lastCheckedAt, archived: link.archiveUrl !== null }
      : { url: n.url!, status: null, lastCheckedAt: null, archived: false };
  });
  const summary = summariseSources(notes.length, states);
  return localizedSourcesLine(summary, presentDate(summary.lastCheckedAt, language, zone)?.label ?? null, language);
}
