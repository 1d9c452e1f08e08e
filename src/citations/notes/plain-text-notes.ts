import type { DocumentNotes, NoteDefinition, NoteMarker } from './document-notes.js';
import { positionFinder } from './positions.js';

const NOTE_LINE = /^[ \t]*\[(\d{1,4})\][ \t]+(?=\S)/;
const NOTES_HEADING = /^[ \t]*(?:#{1,6}[ \t]*)?(?:notes|references|footnotes|endnotes|sources|bibliography)[ \t]*:?[ \t]*$/i;

/**
 * Where the trailing list of `[n] …` notes starts, or -1: the run of paragraphs at the end
 * of the text that each begin with a note line (a note may go on over several lines).
 */
function notesBlockStart(lines: string[]): number {
  let start = -1;
  let i = lines.length - 1;
  while (i >= 0) {
    if (lines[i]!.trim() === '') {
      i--;
      continue;
    }
    let top = i;
    while (top > 0 && lines[top - 1]!.trim() !== '') top--;
    if (!NOTE_LINE.test(lines[top]!)) break;
    start = top;
    i = top - 1;
  }
  return start;
}

/**
 * The notes of a plain-text document as word processors and many WordPress posts write
 * them: `[1]` markers in the body and a trailing list of `[1] …` lines.
 */
export function plainTextNotes(text: string): DocumentNotes & { bodyEnd: number; headingStart: number | null } {
  const lines = text.split('\n');
  const lineOffsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineOffsets.push(offset);
    offset += line.length + 1;
  }
  const at = positionFinder(text);
  const blockLine = notesBlockStart(lines);
  const bodyEnd = blockLine === -1 ? text.length : lineOffsets[blockLine]!;
  let headingStart: number | null = null;
  for (let i = blockLine - 1; i >= 0 && blockLine !== -1; i--) {
    if (lines[i]!.trim() === '') continue;
    if (NOTES_HEADING.test(lines[i]!)) headingStart = lineOffsets[i]!;
    break;
  }
  const definitions: NoteDefinition[] = [];
  if (blockLine !== -1) {
    for (let i = blockLine; i < lines.length; i++) {
      const m = NOTE_LINE.exec(lines[i]!);
      if (m) {
        const textOffset = lineOffsets[i]! + m[0].length;
        definitions.push({ label: m[1]!, raw: lines[i]!.slice(m[0].length), position: at(lineOffsets[i]! + m[0].indexOf('[')), textOffset });
      } else if (definitions.length > 0 && lines[i]!.trim() !== '') {
        const last = definitions[definitions.length - 1]!;
        last.raw += `\n${lines[i]}`;
      }
    }
    for (const def of definitions) def.raw = def.raw.replace(/\s+$/, '');
  }
  const labels = new Set(definitions.map((d) => d.label));
  const markers: NoteMarker[] = [];
  const orphanMarkers: NoteMarker[] = [];
  const limit = headingStart ?? bodyEnd;
  const body = text.slice(0, limit);
  for (const m of body.matchAll(/\[(\d{1,4})\](?![(:])/g)) {
    // "[text][1]" is a Markdown reference link; "[1][3]" is two markers.
    if (body[m.index! - 1] === ']' && !/\[\d{1,4}\]$/.test(body.slice(body.lastIndexOf('[', m.index! - 1), m.index!))) continue;
    const marker = { label: m[1]!, position: at(m.index!) };
    (labels.has(marker.label) ? markers : orphanMarkers).push(marker);
  }
  return { format: 'plain', markers, orphanMarkers, definitions, bodyEnd, headingStart };
}

/** Whether a text is plain text with `[n]` notes rather than Markdown with `[^label]` footnotes. */
export function looksLikePlainTextNotes(text: string): boolean {
  if (/^\[\^[^\]\s]+\]:/m.test(text)) return false;
  const notes = plainTextNotes(text);
  return notes.definitions.length > 0 && notes.markers.length > 0;
}
