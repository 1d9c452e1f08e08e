import type { LintResult } from '../../citations/lint/lint-citations.js';
import type { Diagnostic } from '../../citations/lint/diagnostic.js';
import type { RenderedMarkdown } from '../../content/markdown.js';
import type { Note } from '../../domain/article.js';
import { cslDateToIso } from '../../domain/csl.js';
import { DomainError } from '../../domain/errors.js';
import { extractAccessDate } from '../../domain/note-metadata.js';

/**
 * The notes to store: what the renderer numbered and displayed, joined by label with what
 * the citation parser read from each (CSL-JSON, the note an "ibid" repeats).
 */
export function notesToStore(rendered: RenderedMarkdown, lint: LintResult): Note[] {
  const byLabel = new Map(lint.numbered.map((r) => [r.label.toLowerCase(), r]));
  return rendered.notes.map((note) => {
    const reference = byLabel.get(note.label.toLowerCase());
    const accessed = cslDateToIso(reference?.csl.accessed);
    return {
      number: note.number,
      label: note.label,
      rawText: note.rawText,
      html: note.html,
      url: reference?.csl.URL ?? note.url,
      accessed: accessed && accessed.length === 10 ? accessed : extractAccessDate(note.text),
      citations: note.citations,
      csl: reference?.csl ?? { type: 'document' },
      ...(reference && reference.cites.length > 0 ? { cites: reference.cites } : {}),
      ibidOf: reference?.ibidOf ?? null,
      recognised: reference ? reference.parsed.recognised || reference.ibidOf !== null : false,
      styledHtml: null,
      styledWith: null,
    };
  });
}

/** Publishing is refused while the notes have errors; the error lists every one. */
export function citationErrorsRefusal(diagnostics: Diagnostic[]): DomainError | null {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return null;
  const list = errors.map((d) => `line ${d.line}:${d.column}: ${d.message}`).join(' ');
  const count = `${errors.length} citation error${errors.length === 1 ? '' : 's'}`;
  return new DomainError('Invalid', `Cannot publish with ${count}: ${list} Save it as a draft, or fix the notes first.`, 'body', errors);
}
