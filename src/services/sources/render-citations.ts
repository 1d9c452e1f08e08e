import { formatItemOf } from '../../citations/styles/format-request.js';
import { citationStyle } from '../../citations/styles/style-registry.js';
import { settingsFromEntries } from '../../domain/settings.js';
import type { Clock, Store } from '../ports.js';
import type { CitationFormatter } from './ports.js';

/** The job that renders one article's notes in the site's citation style. */
export const RENDER_CITATIONS_JOB = 'render-citations';

/**
 * Renders the recognised notes of an article in the site's citation style and stores the
 * result; notes that could not be parsed keep their own (cleaned) text. An unknown style
 * fails the job with a message naming it.
 */
export async function renderArticleCitations(store: Store, formatter: CitationFormatter, articleId: number): Promise<number> {
  const settings = settingsFromEntries(await store.repos.settings.all());
  const style = citationStyle(settings.citationStyle);
  const notes = (await store.repos.articles.notesOf(articleId)).filter((note) => note.recognised);
  if (notes.length === 0) return 0;
  // Loaded on first use: the HTML toolchain is not needed to serve pages.
  const { sanitizeFragment } = await import('../../content/sanitize-fragment.js');
  const html = await formatter.format(
    style.name,
    settings.language,
    notes.map(formatItemOf),
  );
  return store.repos.articles.setStyledNotes(
    articleId,
    notes.map((note, i) => ({ number: note.number, rawText: note.rawText, html: sanitizeFragment(html[i] ?? ''), style: style.name })),
  );
}

/** Queues rendering for one article. */
export async function queueCitationRendering(store: Store, clock: Clock, articleId: number): Promise<void> {
  await store.repos.jobs.enqueue({ kind: RENDER_CITATIONS_JOB, payload: { articleId } }, clock().toISOString());
}
