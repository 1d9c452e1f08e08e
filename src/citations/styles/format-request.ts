import type { CslItem } from '../../domain/csl.js';

/** One note to put in a citation style. */
export interface FormatItem {
  csl: CslItem;
  /** The note repeats the note before it ("Ibid." in a notes style). */
  ibid: boolean;
  /** A pinpoint page for this citation. */
  locator: string | null;
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
