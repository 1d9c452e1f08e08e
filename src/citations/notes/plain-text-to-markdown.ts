import { plainTextNotes } from './plain-text-notes.js';

/** The outcome of converting `[n]` notes to GFM footnotes. */
export interface ConvertedFootnotes {
  markdown: string;
  /** How many notes became footnotes (0 when the text had no plain-text notes). */
  converted: number;
}

/**
 * Turns plain-text notes (`[1]` markers in the body and a trailing `[1] …` list, as word
 * processors and many WordPress posts write them) into GFM footnotes `[^1]` / `[^1]: …`.
 * A "Notes" heading right above the list is dropped: the article renders its own.
 * Text without such notes comes back unchanged.
 */
export function convertPlainTextFootnotes(text: string): ConvertedFootnotes {
  const notes = plainTextNotes(text);
  if (notes.definitions.length === 0 || notes.markers.length === 0) return { markdown: text, converted: 0 };
  const labels = new Set(notes.definitions.map((d) => d.label));
  const bodyEnd = notes.headingStart ?? notes.bodyEnd;
  let body = '';
  let last = 0;
  for (const marker of notes.markers) {
    if (marker.position.offset >= bodyEnd) break;
    body += text.slice(last, marker.position.offset) + `[^${marker.label}]`;
    last = marker.position.offset + marker.label.length + 2;
  }
  body += text.slice(last, bodyEnd);
  const definitions = notes.definitions
    .filter((d) => labels.has(d.label))
    .map((d) => {
      const [first, ...rest] = d.raw.split('\n');
      const continued = rest.map((line) => (line.trim() === '' ? '' : `    ${line.trim()}`));
      return [`[^${d.label}]: ${first!.trim()}`, ...continued].join('\n');
    });
  return { markdown: `${body.replace(/\s+$/, '')}\n\n${definitions.join('\n')}\n`, converted: definitions.length };
}
