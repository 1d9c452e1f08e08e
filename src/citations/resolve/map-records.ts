import type { CslDate, CslItem, CslName } from '../../domain/csl.js';
import { cleanText, dateOf, MAX_AUTHORS, nameOf } from './clean.js';

/** Types a resolver may claim; anything else becomes `document`. */
const CSL_TYPES = new Set([
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'book', 'chapter', 'dataset', 'document', 'entry',
  'entry-dictionary', 'entry-encyclopedia', 'legal_case', 'legislation', 'manuscript', 'paper-conference', 'patent',
  'post', 'post-weblog', 'report', 'review', 'software', 'speech', 'thesis', 'webpage',
]);
const TEXT_FIELDS = ['title', 'container-title', 'publisher', 'publisher-place', 'page', 'volume', 'issue', 'edition', 'number', 'genre', 'version', 'URL'] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function firstText(value: unknown): string | null {
  return cleanText(Array.isArray(value) ? value[0] : value);
}

function cslDate(value: unknown): CslDate | null {
  if (!isObject(value)) return null;
  const parts = value['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0])) {
    const numbers = (parts[0] as unknown[]).slice(0, 3).map(Number);
    if (numbers.length > 0 && numbers.every((n) => Number.isInteger(n))) return dateOf(numbers.map((n) => String(n).padStart(2, '0')).join('-'));
  }
  return dateOf(value['raw'] ?? value['literal']);
}

function cslNames(value: unknown): CslName[] {
  if (!Array.isArray(value)) return [];
  const names: CslName[] = [];
  for (const entry of value.slice(0, MAX_AUTHORS)) {
    if (!isObject(entry)) continue;
    const family = cleanText(entry['family']);
    const given = cleanText(entry['given']);
    const literal = cleanText(entry['literal'] ?? entry['name']);
    if (family) names.push(given ? { family, given } : { family });
    else if (literal) names.push({ literal });
  }
  return names;
}

/**
 * The CSL-JSON a DOI resolver answered (Crossref, DataCite), kept to the fields Dossier
 * uses, each checked and capped. Null when it is not a record with a title.
 */
export function fromCslJson(record: unknown, doi: string): CslItem | null {
  if (!isObject(record)) return null;
  const title = firstText(record['title']);
  if (!title) return null;
  const rawType = typeof record['type'] === 'string' ? record['type'] : '';
  const item: CslItem = { type: CSL_TYPES.has(rawType) ? rawType : 'document', title };
  for (const field of TEXT_FIELDS) {
    if (field === 'title') continue;
    const value = firstText(record[field]);
    if (value) item[field] = value;
  }
  const authors = cslNames(record['author']);
  if (authors.length > 0) item.author = authors;
  const issued = cslDate(record['issued']) ?? cslDate(record['published-print']) ?? cslDate(record['published-online']);
  if (issued) item.issued = issued;
  item.DOI = doi;
  if (item.URL && !/^https?:\/\//i.test(item.URL)) delete item.URL;
  return item;
}

/**
 * An Open Library edition (`/isbn/ISBN.json`) and its authors' records as a CSL book.
 * Null when the edition has no title.
 */
export function fromOpenLibrary(edition: unknown, authors: unknown[]): CslItem | null {
  if (!isObject(edition)) return null;
  const title = cleanText(edition['title']);
  if (!title) return null;
  const subtitle = cleanText(edition['subtitle']);
  const item: CslItem = { type: 'book', title: subtitle ? `${title}: ${subtitle}` : title };
  const names = authors.slice(0, MAX_AUTHORS).map((a) => (isObject(a) ? nameOf(a['personal_name'] ?? a['name']) : null)).filter((n): n is CslName => n !== null);
  if (names.length === 0 && typeof edition['by_statement'] === 'string') {
    const byName = nameOf(edition['by_statement'].replace(/^by\s+/i, '').replace(/\.$/, ''));
    if (byName) names.push(byName);
  }
  if (names.length > 0) item.author = names;
  const publisher = firstText(edition['publishers']);
  if (publisher) item.publisher = publisher;
  const place = firstText(edition['publish_places']);
  if (place) item['publisher-place'] = place;
  const issued = dateOf(edition['publish_date']);
  if (issued) item.issued = issued;
  const edition_ = cleanText(edition['edition_name']);
  if (edition_) item.edition = edition_;
  return item;
}

/** The author keys (`/authors/OL…A`) an Open Library edition names, at most `max`. */
export function openLibraryAuthorKeys(edition: unknown, max = 10): string[] {
  if (!isObject(edition) || !Array.isArray(edition['authors'])) return [];
  return edition['authors']
    .map((a) => (isObject(a) ? a['key'] : null))
    .filter((k): k is string => typeof k === 'string' && /^\/authors\/OL\d+A$/.test(k))
    .slice(0, max);
}
