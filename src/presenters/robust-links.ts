import type { VersionLink } from '../domain/capture.js';
import type { NoteView } from './view-models.js';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Robust Links (robustlinks.mementoweb.org): the note's first link, the one its URL was taken
 * from, carries `data-originalurl`, `data-versionurl` and `data-versiondate`, so readers' tools
 * (and the Robust Links script) can reach the archived copy when the page is gone. The HTML
 * comes from our own sanitiser, which lets no data attributes through, so none is there yet.
 */
export function withRobustLink(view: NoteView, version: VersionLink | undefined): NoteView {
  if (!version) return view;
  const attributes = `data-originalurl="${escapeAttribute(version.originalUrl)}" data-versionurl="${escapeAttribute(version.versionUrl)}" data-versiondate="${escapeAttribute(version.versionDate)}" `;
  const html = view.html.replace(/<a (?=[^>]*\bhref=)/, `<a ${attributes}`);
  return html === view.html ? view : { ...view, html };
}
