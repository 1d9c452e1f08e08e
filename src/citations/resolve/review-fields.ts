import type { CslItem, CslName } from '../../domain/csl.js';
import { accessedOn, cleanText, dateOf, MAX_AUTHORS } from './clean.js';
import { fromCslJson } from './map-records.js';

/** The key fields "Add source" lets the writer correct before the note is inserted. */
export interface ReviewFields {
  title: string;
  /** "Family, Given; Family, Given" (an organisation's name alone). */
  authors: string;
  container: string;
  year: string;
  volume: string;
  issue: string;
  pages: string;
  url: string;
  doi: string;
}

export const REVIEW_FIELD_NAMES = ['title', 'authors', 'container', 'year', 'volume', 'issue', 'pages', 'url', 'doi'] as const;

function nameText(name: CslName): string {
  if (name.literal) return name.literal;
  return name.given ? `${name.family ?? ''}, ${name.given}` : (name.family ?? '');
}

/** The review form's values for a resolved item. */
export function reviewFieldsOf(item: CslItem): ReviewFields {
  return {
    title: item.title ?? '',
    authors: (item.author ?? []).map(nameText).join('; '),
    container: item['container-title'] ?? '',
    year: String(item.issued?.['date-parts'][0]?.[0] ?? ''),
    volume: item.volume ?? '',
    issue: item.issue ?? '',
    pages: item.page ?? '',
    url: item.URL ?? '',
    doi: item.DOI ?? '',
  };
}

function namesOf(text: string): CslName[] {
  return text
    .split(';')
    .slice(0, MAX_AUTHORS)
    .map((part): CslName | null => {
      const clean = cleanText(part);
      if (!clean) return null;
      // "Family, Given" as the form asks; a name without a comma (an organisation) stays whole.
      const comma = /^([^,]+),\s*(.+)$/.exec(clean);
      return comma ? { family: comma[1]!.trim(), given: comma[2]!.trim() } : { literal: clean };
    })
    .filter((n): n is CslName => n !== null);
}

/**
 * Any CSL-JSON the browser sent back (the item it was given, perhaps tampered with), kept to
 * the fields Dossier uses, each checked and capped as a resolver's answer is; null without a title.
 */
export function cleanItem(record: unknown): CslItem | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return null;
  const raw = record as Record<string, unknown>;
  const doi = cleanText(raw['DOI']);
  const item = fromCslJson(record, doi ?? '');
  if (!item) return null;
  if (!doi || !/^10\.\d{4,9}\/\S+$/.test(doi)) delete item.DOI;
  const accessed = typeof raw['accessed'] === 'object' && raw['accessed'] !== null ? fromCslJson({ title: 'x', issued: raw['accessed'] }, '')?.issued : undefined;
  if (accessed) item.accessed = accessed;
  return item;
}

/**
 * The item with the writer's corrections: an emptied field is dropped, a changed year keeps
 * no stale month or day, a URL must be http(s). Null when the title was emptied.
 */
export function applyReviewFields(item: CslItem, fields: Partial<ReviewFields>, now: Date): CslItem | null {
  const next: CslItem = { ...item };
  const set = (key: 'title' | 'container-title' | 'volume' | 'issue' | 'page', value: string | undefined) => {
    if (value === undefined) return;
    const clean = cleanText(value);
    if (clean) next[key] = clean;
    else delete next[key];
  };
  set('title', fields.title);
  set('container-title', fields.container);
  set('volume', fields.volume);
  set('issue', fields.issue);
  set('page', fields.pages);
  if (fields.authors !== undefined) {
    const names = namesOf(fields.authors);
    if (names.length > 0) next.author = names;
    else delete next.author;
  }
  if (fields.year !== undefined && fields.year.trim() !== String(item.issued?.['date-parts'][0]?.[0] ?? '')) {
    const issued = dateOf(fields.year.trim());
    if (issued) next.issued = issued;
    else delete next.issued;
  }
  if (fields.url !== undefined) {
    const url = URL.parse(fields.url.trim());
    if (url && /^https?:$/.test(url.protocol)) next.URL = url.href;
    else delete next.URL;
    if (next.URL && !next.accessed) next.accessed = accessedOn(now);
  }
  if (fields.doi !== undefined) {
    const doi = fields.doi.trim().replace(/^(doi:\s*|https?:\/\/(dx\.)?doi\.org\/)/i, '');
    if (/^10\.\d{4,9}\/\S+$/.test(doi) && doi.length <= 500) next.DOI = doi.normalize('NFC');
    else delete next.DOI;
  }
  return next.title ? next : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** Text that Markdown reads back as the same text (no links, emphasis, footnotes or HTML of its own). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*[\]<]/g, (c) => `\\${c}`);
}

/**
 * A formatted reference (citeproc's HTML: italics, small caps, links) as one line of Markdown
 * for a footnote definition: italics kept as `*…*`, every other tag dropped, the text escaped.
 */
export function referenceMarkdown(html: string): string {
  const parts: string[] = [];
  let italic = false;
  for (const token of html.replace(/\s+/g, ' ').split(/(<[^>]*>)/)) {
    if (token.startsWith('<')) {
      const tag = /^<\/?\s*([a-z]+)/i.exec(token)?.[1]?.toLowerCase();
      const closing = token.startsWith('</');
      const isItalic = tag === 'i' || tag === 'em';
      if (isItalic && closing !== italic) continue;
      if (isItalic) {
        parts.push('*');
        italic = !closing;
      }
      continue;
    }
    parts.push(escapeMarkdown(decode(token)));
  }
  if (italic) parts.push('*');
  return parts.join('').replace(/\*\s*\*/g, ' ').replace(/\s+/g, ' ').trim();
}
