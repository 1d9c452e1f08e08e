import type { Element, Root } from 'hast';
import type { FootnoteReference } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { NoteRefData } from './footnotes.js';

/** mdast → hast handler: a cited footnote becomes `<sup data-note data-occurrence>[n]</sup>`. */
export function noteReferenceHandler(state: State, node: FootnoteReference): Element | { type: 'text'; value: string } {
  const data = node.data as Partial<NoteRefData> | undefined;
  if (data?.noteNumber === undefined || data.occurrence === undefined) {
    // A reference inside a note, or one whose note is missing: keep what was typed.
    return { type: 'text', value: `[^${node.label ?? node.identifier}]` };
  }
  const sup: Element = {
    type: 'element',
    tagName: 'sup',
    properties: { className: ['note-ref'], dataNote: String(data.noteNumber), dataOccurrence: String(data.occurrence) },
    children: [{ type: 'text', value: `[${data.noteNumber}]` }],
  };
  state.patch(node, sup);
  return sup;
}

/** Id of the n-th note of a document rendered with `prefix`. */
export const noteId = (prefix: string, note: number): string => `${prefix}note-${note}`;
/** Id of the k-th place that cites note n. */
export const noteRefId = (prefix: string, note: number, occurrence: number): string =>
  `${prefix}ref-${note}-${occurrence}`;

/**
 * rehype plugin, run after the sanitiser: links each marker to its note and gives it the
 * id the note's back-links point at. Ids carry a per-article prefix so that several
 * articles on one page never share one.
 */
export function linkNoteMarkers(options: { prefix: string }) {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'sup' || node.properties['dataNote'] === undefined) return;
      const note = Number(node.properties['dataNote']);
      const occurrence = Number(node.properties['dataOccurrence']);
      if (!Number.isInteger(note) || !Number.isInteger(occurrence)) return;
      node.properties = { className: ['note-ref'] };
      node.children = [
        {
          type: 'element',
          tagName: 'a',
          properties: {
            href: `#${noteId(options.prefix, note)}`,
            id: noteRefId(options.prefix, note, occurrence),
            role: 'doc-noteref',
          },
          children: [{ type: 'text', value: `[${note}]` }],
        },
      ];
    });
  };
}
