import type { CslItem } from '../../domain/csl.js';
import type { DocumentNotes, NoteDefinition } from '../notes/document-notes.js';
import { parseReference, type ParsedReference } from '../parse/parse-reference.js';

/** A numbered note read as a reference. */
export interface NumberedReference {
  number: number;
  label: string;
  raw: string;
  /** The CSL-JSON of the source; for "ibid" notes, the earlier source's with the new page. */
  csl: CslItem;
  /** The number of the note whose source an "ibid" note repeats, if it resolved. */
  ibidOf: number | null;
  cited: boolean;
  parsed: ParsedReference;
  definition: NoteDefinition;
}

/**
 * Numbers the notes as readers see them (in the order first cited, then any uncited ones)
 * and resolves "ibid" to the source of the note before it.
 */
export function numberReferences(notes: DocumentNotes): NumberedReference[] {
  const byLabel = new Map<string, NoteDefinition>();
  for (const def of notes.definitions) if (!byLabel.has(def.label.toLowerCase())) byLabel.set(def.label.toLowerCase(), def);
  const order: NoteDefinition[] = [];
  const seen = new Set<NoteDefinition>();
  for (const marker of notes.markers) {
    const def = byLabel.get(marker.label.toLowerCase());
    if (def && !seen.has(def)) {
      seen.add(def);
      order.push(def);
    }
  }
  const cited = new Set(order);
  for (const def of byLabel.values()) if (!seen.has(def)) order.push(def);

  const references: NumberedReference[] = [];
  for (const [index, definition] of order.entries()) {
    const parsed = parseReference(definition.raw);
    let csl = parsed.csl;
    let ibidOf: number | null = null;
    const previous = references[index - 1];
    if (parsed.ibid && previous) {
      ibidOf = previous.ibidOf ?? previous.number;
      const source = references[ibidOf - 1]!;
      csl = { ...source.csl, ...(parsed.ibid.locator ? { page: parsed.ibid.locator } : {}) };
    }
    references.push({ number: index + 1, label: definition.label, raw: definition.raw, csl, ibidOf, cited: cited.has(definition), parsed, definition });
  }
  return references;
}
