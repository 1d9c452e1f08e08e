import { lintCitations, type LintResult } from '../../citations/lint/lint-citations.js';
import type { Clock } from '../ports.js';

/** Lints the notes of a document (Markdown or plain text, detected unless given). */
export function lintDocument(text: string, clock: Clock, format: 'markdown' | 'plain' | 'auto' = 'auto'): LintResult {
  return lintCitations(text, { now: clock(), format });
}
