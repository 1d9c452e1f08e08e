import { markdownNotes } from './markdown-notes.js';

/**
 * Relabels a Markdown document's footnotes 1..n in the order readers meet them (first
 * citation; notes nothing cites come last). When the notes stand together at the end,
 * they are also put in that order. Markers with no note are left as typed.
 */
export function renumberFootnotes(markdown: string): string {
  const notes = markdownNotes(markdown);
  const order: string[] = [];
  for (const marker of notes.markers) {
    const key = marker.label.toLowerCase();
    if (!order.includes(key)) order.push(key);
  }
  for (const def of notes.definitions) if (!order.includes(def.label.toLowerCase())) order.push(def.label.toLowerCase());
  const label = new Map(order.map((key, i) => [key, String(i + 1)]));

  // Replace from the end so earlier offsets stay valid.
  const edits = [
    ...notes.markers.map((m) => ({ offset: m.position.offset, old: m.label })),
    ...notes.definitions.map((d) => ({ offset: d.position.offset, old: d.label })),
  ].sort((a, b) => b.offset - a.offset);
  let text = markdown;
  for (const edit of edits) {
    const next = label.get(edit.old.toLowerCase())!;
    text = text.slice(0, edit.offset) + `[^${next}]` + text.slice(edit.offset + edit.old.length + 3);
  }
  return sortTrailingDefinitions(text);
}

/** Puts the definitions in numeric order when they form one block at the end of the text. */
function sortTrailingDefinitions(text: string): string {
  const notes = markdownNotes(text);
  const defs = notes.definitions;
  if (defs.length < 2) return text;
  const blocks = defs.map((d) => ({ label: d.label, start: d.position.offset, end: d.textOffset + d.raw.length }));
  for (let i = 1; i < blocks.length; i++) {
    if (text.slice(blocks[i - 1]!.end, blocks[i]!.start).trim() !== '') return text;
  }
  if (text.slice(blocks[blocks.length - 1]!.end).trim() !== '') return text;
  const start = blocks[0]!.start;
  const separator = text.slice(blocks[0]!.end, blocks[1]!.start).includes('\n\n') ? '\n\n' : '\n';
  const sorted = [...blocks].sort((a, b) => Number(a.label) - Number(b.label) || a.start - b.start);
  const tail = text.slice(blocks[blocks.length - 1]!.end);
  return text.slice(0, start) + sorted.map((b) => text.slice(b.start, b.end)).join(separator) + tail;
}

/** The next unused numeric label, for inserting a note. */
export function nextFootnoteLabel(markdown: string): string {
  const notes = markdownNotes(markdown);
  const numbers = [...notes.definitions, ...notes.markers, ...notes.orphanMarkers].map((n) => Number(n.label)).filter(Number.isInteger);
  return String(Math.max(0, ...numbers) + 1);
}
