import type { CslCite, CslItem } from '../../domain/csl.js';
import type { DocumentNotes } from '../notes/document-notes.js';
import { markdownNotes } from '../notes/markdown-notes.js';
import { looksLikePlainTextNotes, plainTextNotes } from '../notes/plain-text-notes.js';
import { positionFinder } from '../notes/positions.js';
import type { Diagnostic } from './diagnostic.js';
import { numberReferences, type NumberedReference } from './references.js';
import { accessBeforePublication, accessInFuture } from './rules/date-rules.js';
import { gluedQuote, unbalancedQuotes } from './rules/quote-rules.js';
import type { Rule } from './rules/rule-context.js';
import { duplicateLabel, ibidWithoutSource, markerWithoutNote, noteNeverCited } from './rules/structure-rules.js';
import { malformedUrl, webSourceWithoutUrl } from './rules/url-rules.js';

/** Every rule, in the order their findings are most useful to read. */
export const RULES: readonly Rule[] = [
  markerWithoutNote, duplicateLabel, ibidWithoutSource, malformedUrl, accessInFuture, accessBeforePublication,
  noteNeverCited, webSourceWithoutUrl, gluedQuote, unbalancedQuotes,
];

/** A reference as `dossier lint --json` prints it. */
export interface LintedReference {
  number: number;
  raw: string;
  csl: CslItem;
  ibidOf: number | null;
  /** Every source of the note with its locator, label, prefix and suffix. */
  cites: CslCite[];
}

/** The outcome of linting one document. */
export interface LintResult {
  format: 'markdown' | 'plain';
  references: LintedReference[];
  diagnostics: Diagnostic[];
  /** The full references, for callers that render or store them. */
  numbered: NumberedReference[];
}

/**
 * Lints the notes of a document, Markdown with GFM footnotes or plain text with `[n]`
 * notes (detected when `format` is 'auto'): one rule set for the CLI, the editor and publishing.
 */
export function lintCitations(text: string, options: { now: Date; format?: 'markdown' | 'plain' | 'auto' }): LintResult {
  const format = options.format && options.format !== 'auto' ? options.format : looksLikePlainTextNotes(text) ? 'plain' : 'markdown';
  const notes: DocumentNotes = format === 'plain' ? plainTextNotes(text) : markdownNotes(text);
  const numbered = numberReferences(notes);
  const context = { notes, references: numbered, at: positionFinder(text), now: options.now };
  const diagnostics = RULES.flatMap((rule) => rule(context)).sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    format,
    references: numbered.map((r) => ({ number: r.number, raw: r.raw, csl: r.csl, ibidOf: r.ibidOf, cites: r.cites })),
    diagnostics,
    numbered,
  };
}
