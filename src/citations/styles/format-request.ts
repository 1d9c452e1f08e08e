import { noteCites, type CslCite, type CslItem } from '../../domain/csl.js';

/** One note to put in a citation style. */
export interface FormatItem {
  /** The sources the note cites, each with its locator, label, prefix and suffix. */
  cites: CslCite[];
  /** The note repeats the note before it ("Ibid." in a notes style). */
  ibid: boolean;
}

/** What the formatting thread is asked to do. */
export interface FormatRequest {
  style: string;
  kind: 'note' | 'in-text';
  styleFile: string;
  locale: string;
  localeFile: string;
  items: FormatItem[];
}

/** The answer: one HTML string per item (not yet sanitised), or an error message. */
export type FormatResponse = { html: string[] } | { error: string };

/** The item to format for a note, stored (with or without cites) or just read. */
export function formatItemOf(note: { csl: CslItem; cites?: CslCite[] | undefined; ibidOf: number | null }): FormatItem {
  return { cites: noteCites(note), ibid: note.ibidOf !== null };
}
