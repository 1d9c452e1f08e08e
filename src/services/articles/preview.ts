import type { Diagnostic } from '../../citations/lint/diagnostic.js';
import { lintCitations } from '../../citations/lint/lint-citations.js';
import { formatItemOf } from '../../citations/styles/format-request.js';
import { citationStyle } from '../../citations/styles/style-registry.js';
import type { Note } from '../../domain/article.js';
import { settingsFromEntries } from '../../domain/settings.js';
import { notesToStore } from '../sources/article-notes.js';
import type { Clock, Store } from '../ports.js';
import type { CitationFormatter } from '../sources/ports.js';

/** What the editor's live preview shows. */
export interface Preview {
  bodyHtml: string;
  /** Prefix of the ids in `bodyHtml` (markers and notes link by id). */
  idPrefix: string;
  notes: Note[];
  /** The citation style the notes are in (when the style engine answered in time). */
  style: string;
  diagnostics: Diagnostic[];
}

// A style engine takes seconds to start; the preview does not wait for it twice.
const STYLE_WAIT_MS = 1500;

async function styled(formatter: CitationFormatter, style: string, language: string, notes: Note[]): Promise<Note[]> {
  const recognised = notes.filter((n) => n.recognised);
  if (recognised.length === 0) return notes;
  const { sanitizeFragment } = await import('../../content/sanitize-fragment.js');
  const items = recognised.map(formatItemOf);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), STYLE_WAIT_MS).unref());
  const html = await Promise.race([formatter.format(style, language, items).catch(() => null), timeout]);
  if (!html) return notes;
  return notes.map((note) => {
    const i = recognised.indexOf(note);
    return i < 0 ? note : { ...note, styledHtml: sanitizeFragment(html[i] ?? ''), styledWith: style };
  });
}

/**
 * Renders Markdown exactly as the public page does (same pipeline, same note numbering,
 * the site's citation style) and lints its notes, for the editor's live preview.
 */
export async function previewArticle(store: Store, clock: Clock, formatter: CitationFormatter | null, body: string): Promise<Preview> {
  const settings = settingsFromEntries(await store.repos.settings.all());
  const { renderMarkdown } = await import('../../content/markdown.js');
  const rendered = renderMarkdown(body, { idPrefix: 'preview-' });
  const lint = lintCitations(body, { now: clock(), format: 'markdown' });
  const style = citationStyle(settings.citationStyle).name;
  const notes = notesToStore(rendered, lint);
  return {
    bodyHtml: rendered.html,
    idPrefix: 'preview-',
    notes: formatter ? await styled(formatter, style, settings.language, notes) : notes,
    style,
    diagnostics: lint.diagnostics,
  };
}
