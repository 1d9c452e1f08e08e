import type { FootnoteDefinition, FootnoteReference, Root, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { DocumentNotes, NoteDefinition, NoteMarker } from './document-notes.js';
import { positionFinder } from './positions.js';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * The same answer as `markdownNotes`, from remark's full GFM parse: slow on long articles,
 * kept as the reference the fast scanner is tested against.
 */
export function markdownNotesFromRemark(markdown: string): DocumentNotes {
  const tree = parser.parse(markdown) as Root;
  const at = positionFinder(markdown);
  const markers: NoteMarker[] = [];
  const orphanMarkers: NoteMarker[] = [];
  const definitions: NoteDefinition[] = [];
  visit(tree, (node) => {
    if (node.type === 'footnoteReference') {
      const ref = node as FootnoteReference;
      markers.push({ label: ref.label ?? ref.identifier, position: at(ref.position?.start.offset ?? 0) });
    } else if (node.type === 'footnoteDefinition') {
      const def = node as FootnoteDefinition;
      const first = def.children[0]?.position?.start.offset;
      const last = def.children[def.children.length - 1]?.position?.end.offset;
      const start = def.position?.start.offset ?? 0;
      definitions.push({
        label: def.label ?? def.identifier,
        raw: first !== undefined && last !== undefined ? markdown.slice(first, last) : '',
        position: at(start),
        textOffset: first ?? start,
      });
    } else if (node.type === 'text') {
      // GFM leaves a reference to a missing note as plain text "[^label]".
      const text = node as Text;
      const base = text.position?.start.offset ?? 0;
      // Scan the source of the text node, so escaped brackets ("\\[^a]") stay literal.
      const source = markdown.slice(base, text.position?.end.offset ?? base);
      for (const m of source.matchAll(/(?<!\\)\[\^([^\]\s]+)\]/g)) {
        orphanMarkers.push({ label: m[1]!, position: at(base + m.index!) });
      }
    }
  });
  return { format: 'markdown', markers, orphanMarkers, definitions };
}
