import { lintCitations } from '../../citations/lint/lint-citations.js';
import { renderMarkdown } from '../../content/markdown.js';
import type { Note } from '../../domain/article.js';
import { htmlToText } from '../../domain/html-text.js';
import { relatednessTerms } from '../../domain/relatedness.js';
import { notesToStore } from '../sources/article-notes.js';

/** What rendering an imported post needs: its text and, to index it, what its search entry holds. */
export interface PrepareInput {
  body: string;
  slug: string;
  /** Title and dek as stored (trimmed); tags in the order the article's tags are read (by name). */
  title: string;
  dek: string | null;
  tagSlugs: string[];
  /** ISO time citation lint takes as now. */
  now: string;
  /** Whether the post is a published article, so has a search entry and relatedness terms. */
  listed: boolean;
}

/** An imported post rendered, linted and read for search and relatedness, as `writeArticle` and `syncDiscoveryIndex` would. */
export interface PreparedPost {
  html: string;
  leadText: string;
  notes: Note[];
  lintErrors: number;
  lintWarnings: number;
  /** Plain text of the body and notes, the search entry's body; null unless listed. */
  searchBody: string | null;
  terms: Record<string, number> | null;
}

/** The CPU-heavy part of importing one post, pure, so it runs in a worker thread. */
export function preparePost(input: PrepareInput): PreparedPost {
  const lint = lintCitations(input.body, { now: new Date(input.now), format: 'markdown' });
  const rendered = renderMarkdown(input.body, { idPrefix: `${input.slug}-` });
  const notes = notesToStore(rendered, lint);
  const errors = lint.diagnostics.filter((d) => d.severity === 'error').length;
  let searchBody: string | null = null;
  let terms: Record<string, number> | null = null;
  if (input.listed) {
    const byNumber = [...notes].sort((a, b) => a.number - b.number);
    searchBody = [htmlToText(rendered.html), ...byNumber.map((note) => htmlToText(note.html))].join('\n');
    terms = relatednessTerms({ title: input.title, text: `${input.dek ?? ''}\n${searchBody}`, tagSlugs: input.tagSlugs });
  }
  return { html: rendered.html, leadText: rendered.leadText, notes, lintErrors: errors, lintWarnings: lint.diagnostics.length - errors, searchBody, terms };
}
