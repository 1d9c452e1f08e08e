import type { Message } from '../../domain/errors.js';

/** How bad a finding is: errors stop publication, warnings are shown. */
export type Severity = 'error' | 'warning';

/** The lint rules, by id. */
export type RuleId =
  | 'marker-without-note'
  | 'note-never-cited'
  | 'duplicate-label'
  | 'ibid-without-source'
  | 'web-source-without-url'
  | 'malformed-url'
  | 'glued-quote'
  | 'unbalanced-quotes'
  | 'access-before-publication'
  | 'access-in-future';

/** One finding: which rule, how bad, where, and what to do, in words a writer understands. */
export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  line: number;
  column: number;
  /** The finding in English (the CLI and the APIs show this). */
  message: string;
  /** The same finding as a translatable message, for the admin in its language. */
  text: Message;
  /** The note (reference number) the finding is about, if any. */
  note: number | null;
}
