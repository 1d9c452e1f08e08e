import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/** A footnote definition and the number it got from the first place that cites it. */
export interface NumberedFootnote {
  number: number;
  label: string;
  definition: FootnoteDefinition;
  citations: number;
}

/** Number and occurrence stored on each cited reference, read by the HTML handler. */
export interface NoteRefData {
  noteNumber: number;
  occurrence: number;
}

/** The numbering of one document's footnotes. */
export interface FootnoteNumbering {
  notes: NumberedFootnote[];
  /** Labels of definitions nothing cites. */
  uncited: string[];
}

/**
 * Removes footnote definitions from the tree and numbers them in the order they are
 * first cited (as GFM does); each reference learns its note number and occurrence.
 */
export function numberFootnotes(tree: Root): FootnoteNumbering {
  const definitions = new Map<string, FootnoteDefinition>();
  visit(tree, 'footnoteDefinition', (node, index, parent) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if (parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });

  const byId = new Map<string, NumberedFootnote>();
  visit(tree, 'footnoteReference', (node: FootnoteReference) => {
    const definition = definitions.get(node.identifier);
    if (!definition) return;
    let note = byId.get(node.identifier);
    if (!note) {
      note = { number: byId.size + 1, label: node.label ?? node.identifier, definition, citations: 0 };
      byId.set(node.identifier, note);
    }
    note.citations += 1;
    const data: NoteRefData = { noteNumber: note.number, occurrence: note.citations };
    node.data = { ...node.data, ...data } as FootnoteReference['data'];
  });

  const uncited = [...definitions.entries()]
    .filter(([id]) => !byId.has(id))
    .map(([, def]) => def.label ?? def.identifier);
  return { notes: [...byId.values()], uncited };
}
