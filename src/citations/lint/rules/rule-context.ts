import type { Message } from '../../../domain/errors.js';
import type { DocumentNotes } from '../../notes/document-notes.js';
import type { Position } from '../../notes/positions.js';
import type { Diagnostic, RuleId, Severity } from '../diagnostic.js';
import type { NumberedReference } from '../references.js';

/** What every rule is given. */
export interface RuleContext {
  notes: DocumentNotes;
  references: NumberedReference[];
  /** Position of an offset in the document. */
  at(offset: number): Position;
  /** Today, for dates in the future. */
  now: Date;
}

/** A lint rule: looks at the document and reports what is wrong. */
export type Rule = (context: RuleContext) => Diagnostic[];

/** A diagnostic at a position. */
export function diagnostic(rule: RuleId, severity: Severity, position: Position, text: Message, note: number | null): Diagnostic {
  return { rule, severity, line: position.line, column: position.column, message: text.text, text, note };
}
