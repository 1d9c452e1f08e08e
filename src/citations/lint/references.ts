import type { CslCite, CslItem } from '../../domain/csl.js';
import type { DocumentNotes, NoteDefinition } from '../notes/document-notes.js';
import { parseReference, type ParsedCite, type ParsedReference } from '../parse/parse-reference.js';

/** A numbered note read as a reference. */
export interface NumberedReference {
  number: number;
  label: string;
  raw: string;
  /** The CSL-JSON of the (first) source; for "ibid" notes, the earlier source's, unchanged. */
  csl: CslItem;
  /** Every source the note cites with its locator, prefix and suffix; an "ibid" note cites the earlier source with its own locator. */
  cites: CslCite[];
  /** The number of the note whose source an "ibid" note repeats, if it resolved. */
  ibidOf: number | null;
  cited: boolean;
  parsed: ParsedReference;
  definition: NoteDefinition;
}

function toCslCite(cite: ParsedCite): CslCite {
  const { csl, locator, label, prefix, suffix } = cite;
  return { itemData: csl, ...(locator ? { locator, label: label ?? 'page' } : {}), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
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
    let cites = parsed.cites.map(toCslCite);
    let ibidOf: number | null = null;
    const previous = references[index - 1];
    if (parsed.ibid && previous) {
      ibidOf = previous.ibidOf ?? previous.number;
      // "Ibid." refers to the source of the note before; its locator is this note's own, never the source's page range.
      const { locator, label, prefix, suffix } = parsed.ibid;
      cites = [{ itemData: previous.cites[0]?.itemData ?? previous.csl, ...(locator ? { locator, label: label ?? 'page' } : {}), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) }];
    }
    const csl = cites[0]?.itemData ?? parsed.csl;
    references.push({ number: index + 1, label: definition.label, raw: definition.raw, csl, cites, ibidOf, cited: cited.has(definition), parsed, definition });
  }
  return references;
}
