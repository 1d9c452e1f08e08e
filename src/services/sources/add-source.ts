import { parseIdentifier } from '../../citations/resolve/identifier.js';
import { ResolveError } from '../../citations/resolve/resolve-identifier.js';
import { applyReviewFields, cleanItem, referenceMarkdown, reviewFieldsOf, type ReviewFields } from '../../citations/resolve/review-fields.js';
import { citationStyle } from '../../citations/styles/style-registry.js';
import type { CslItem } from '../../domain/csl.js';
import { invalid } from '../../domain/errors.js';
import { settingsFromEntries } from '../../domain/settings.js';
import type { Clock, Store } from '../ports.js';
import type { CitationFormatter } from './ports.js';

/** Resolves a pasted identifier to CSL-JSON (DOI, ISBN, PMID, arXiv, URL), within its own deadline and size cap. */
export type IdentifierResolver = (input: string) => Promise<CslItem>;

/** What the editor's review panel shows: the item, the reference in the site's style, the note text, the editable fields. */
export interface SourceReview {
  item: CslItem;
  style: string;
  /** The reference as the site's style formats it (sanitised HTML). */
  html: string;
  /** The same reference as one line of Markdown, for the footnote definition. */
  markdown: string;
  fields: ReviewFields;
}

// The style engine takes seconds to start the first time; the panel waits this long at most.
const FORMAT_WAIT_MS = 15_000;

/** "Add source": resolve an identifier, and format a (corrected) item in the site's citation style. */
export function createAddSourceServices(store: Store, clock: Clock, deps: { resolver: IdentifierResolver | null; formatter: CitationFormatter | null }) {
  async function review(item: CslItem): Promise<SourceReview> {
    const settings = settingsFromEntries(await store.repos.settings.all());
    const style = citationStyle(settings.citationStyle).name;
    let html = '';
    if (deps.formatter) {
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), FORMAT_WAIT_MS).unref());
      const formatted = await Promise.race([deps.formatter.format(style, settings.language, [{ cites: [{ itemData: item }], ibid: false }]).catch(() => null), timeout]);
      html = formatted?.[0] ?? '';
    }
    const { sanitizeFragment } = await import('../../content/sanitize-fragment.js');
    // Without the style engine (not there, or too slow this once) the parts are listed plainly.
    const shown = html || escapeHtml(plainReference(item));
    return { item, style, html: sanitizeFragment(shown), markdown: referenceMarkdown(shown), fields: reviewFieldsOf(item) };
  }

  return {
    /** Resolves a pasted identifier; anything that finds nothing is Invalid with a message for the writer. */
    async resolve(input: string): Promise<SourceReview> {
      const parsed = parseIdentifier(input);
      if (!parsed.ok) throw invalid(parsed.error, 'identifier');
      if (!deps.resolver) throw invalid('Looking up sources is not available on this site.', 'identifier');
      let item: CslItem;
      try {
        item = await deps.resolver(input);
      } catch (error) {
        if (error instanceof ResolveError) throw invalid(error.message, 'identifier');
        throw error;
      }
      return review(item);
    },
    /** The item (as the editor holds it) with the writer's corrections, formatted again. */
    async format(record: unknown, fields: Partial<ReviewFields>): Promise<SourceReview> {
      const item = cleanItem(record);
      if (!item) throw invalid('The source has no title.', 'title');
      const corrected = applyReviewFields(item, fields, clock());
      if (!corrected) throw invalid('Enter a title for the source.', 'title');
      return review(corrected);
    },
  };
}

function plainReference(item: CslItem): string {
  const f = reviewFieldsOf(item);
  const where = [f.container, f.volume, f.issue && `no. ${f.issue}`].filter(Boolean).join(' ');
  return [f.authors.replace(/;/g, ','), `“${f.title}”`, where, f.year && `(${f.year})`, f.pages, f.doi ? `https://doi.org/${f.doi}` : f.url].filter(Boolean).join(', ') + '.';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The "Add source" services. */
export type AddSourceServices = ReturnType<typeof createAddSourceServices>;
