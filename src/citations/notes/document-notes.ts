import type { Position } from './positions.js';

/** A place in the body that cites a note. */
export interface NoteMarker {
  label: string;
  position: Position;
}

/** A note as written: its label, its text, and where both stand. */
export interface NoteDefinition {
  label: string;
  /** The note text exactly as in the source (Markdown for Markdown documents). */
  raw: string;
  /** Where the note's label stands (`[^1]:` or `[1]`). */
  position: Position;
  /** Offset of the first character of `raw` in the document. */
  textOffset: number;
}

/** The markers and notes of one document, in the order they appear. */
export interface DocumentNotes {
  format: 'markdown' | 'plain';
  markers: NoteMarker[];
  /** Markers that look like note references but have no note with that label. */
  orphanMarkers: NoteMarker[];
  definitions: NoteDefinition[];
}
