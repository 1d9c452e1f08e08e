import type { Note } from './article.js';
import { noteCites, type CslItem } from './csl.js';

/** A downloadable form of an article's references. */
export interface ReferenceFormat {
  extension: 'json' | 'bib' | 'ris';
  label: string;
  /** citation-js output format name. */
  output: 'data' | 'bibtex' | 'ris';
  contentType: string;
}

/** CSL-JSON, BibTeX and RIS, in the order they are linked. */
export const REFERENCE_FORMATS: readonly ReferenceFormat[] = [
  { extension: 'json', label: 'CSL-JSON', output: 'data', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  { extension: 'bib', label: 'BibTeX', output: 'bibtex', contentType: 'application/x-bibtex; charset=utf-8' },
  { extension: 'ris', label: 'RIS', output: 'ris', contentType: 'application/x-research-info-systems; charset=utf-8' },
];

/** The format a `references.EXT` file name asks for, undefined for any other name. */
export function referenceFormatOf(extension: string): ReferenceFormat | undefined {
  return REFERENCE_FORMATS.find((f) => f.extension === extension);
}

/** A DOI as its canonical, lower-case form (`10.1000/xyz`), or null. */
export function normaliseDoi(doi: string | undefined): string | null {
  const match = doi?.trim().match(/(10\.\d{4,9}\/\S+)$/i);
  return match ? match[1]!.toLowerCase() : null;
}

/** A URL without its fragment, with a lower-case host, or null when it is not one. */
export function normaliseSourceUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/** What makes two cited sources the same: their DOI, else their URL, else the item itself. */
export function sourceKey(item: CslItem): string {
  const doi = normaliseDoi(item.DOI);
  if (doi) return `doi:${doi}`;
  const url = normaliseSourceUrl(item.URL);
  if (url) return `url:${url}`;
  const { id: _id, ...rest } = item as CslItem & { id?: unknown };
  return `item:${JSON.stringify(rest, Object.keys(rest).sort())}`;
}

/**
 * An article's references as CSL-JSON items, each source once in order of first citation,
 * with ids `SLUG-N` (N: the note that first cites it). "Ibid" notes repeat a source and add
 * none; a note that reads as no citation counts only when it links somewhere.
 */
export function articleReferences(slug: string, notes: readonly Note[]): Array<CslItem & { id: string }> {
  const seen = new Map<string, CslItem & { id: string }>();
  for (const note of notes) {
    if (note.ibidOf !== null || (!note.recognised && note.url === null)) continue;
    for (const [index, cite] of noteCites(note).entries()) {
      const item: CslItem = !note.recognised && note.url ? { ...cite.itemData, URL: cite.itemData.URL ?? note.url } : cite.itemData;
      const key = sourceKey(item);
      if (seen.has(key)) continue;
      seen.set(key, { ...item, id: `${slug}-${note.number}${index > 0 ? `-${index + 1}` : ''}` });
    }
  }
  return [...seen.values()];
}
