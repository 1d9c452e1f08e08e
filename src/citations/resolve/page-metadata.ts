import { parseHTML } from 'linkedom';
import type { CslDate, CslItem, CslName } from '../../domain/csl.js';
import { accessedOn, cleanText, dateOf, MAX_AUTHORS, nameOf } from './clean.js';

/** JSON-LD blocks read from one page, and the most characters of each. */
const MAX_JSON_LD = 10;
const MAX_JSON_LD_CHARS = 200_000;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface PageParts {
  /** Every `<meta name|property content>`, by lower-cased key, in page order. */
  meta: Map<string, string[]>;
  jsonLd: Json[];
  title: string | null;
}

/**
 * The page's metadata, read from its DOM (linkedom: no scripts run, no DTD entities
 * expanded, and a deeply nested page does not exhaust the stack as a recursive walk would).
 */
function collect(html: string): PageParts {
  const { document } = parseHTML(html);
  const parts: PageParts = { meta: new Map(), jsonLd: [], title: cleanText(document.querySelector('title')?.textContent) };
  for (const el of document.querySelectorAll('meta')) {
    const key = el.getAttribute('name') ?? el.getAttribute('property');
    const content = el.getAttribute('content');
    if (key === null || content === null) continue;
    const list = parts.meta.get(key.toLowerCase()) ?? [];
    list.push(content);
    parts.meta.set(key.toLowerCase(), list);
  }
  for (const el of [...document.querySelectorAll('script[type="application/ld+json"]')].slice(0, MAX_JSON_LD)) {
    const text = el.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      const data: unknown = JSON.parse(text);
      const blocks = Array.isArray(data) ? data : isObject(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
      for (const b of blocks.slice(0, 20)) if (isObject(b)) parts.jsonLd.push(b);
    } catch {
      // A malformed block is skipped: the page's other metadata still counts.
    }
  }
  return parts;
}

const ARTICLE_TYPES = /^(ScholarlyArticle|Article|NewsArticle|BlogPosting|Report|Book|WebPage|TechArticle|OpinionNewsArticle|AnalysisNewsArticle|Dataset|Thesis|Chapter)$/;
const CSL_TYPE_OF: Record<string, string> = {
  ScholarlyArticle: 'article-journal', NewsArticle: 'article-newspaper', OpinionNewsArticle: 'article-newspaper',
  AnalysisNewsArticle: 'article-newspaper', BlogPosting: 'post-weblog', Report: 'report', Book: 'book', Dataset: 'dataset',
  Thesis: 'thesis', Chapter: 'chapter',
};

function schemaTypeOf(block: Json): string | null {
  const t = Array.isArray(block['@type']) ? block['@type'][0] : block['@type'];
  return typeof t === 'string' ? t : null;
}

function jsonLdNames(value: unknown): CslName[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .slice(0, MAX_AUTHORS)
    .map((a) => (isObject(a) ? (a['@type'] === 'Organization' ? (cleanText(a['name']) ? { literal: cleanText(a['name'])! } : null) : nameOf(a['name'])) : nameOf(a)))
    .filter((n): n is CslName => n !== null);
}

function nameOfObject(value: unknown): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return isObject(v) ? cleanText(v['name']) : cleanText(v);
}

/**
 * A web page's citation from its own metadata, best source first: Highwire `citation_*`
 * tags, schema.org JSON-LD, Dublin Core (`DC.*`/`dcterms.*`), OpenGraph, then `<title>`.
 * Always with the page's URL and the access date. Null when the page names no title at all.
 */
export function citationFromPage(html: string, pageUrl: string, now: Date): CslItem | null {
  const parts = collect(html);
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) for (const v of parts.meta.get(key) ?? []) if (cleanText(v)) return cleanText(v);
    return null;
  };
  const metaAll = (...keys: string[]): string[] => keys.flatMap((k) => parts.meta.get(k) ?? []);
  const ld = parts.jsonLd.find((b) => ARTICLE_TYPES.test(schemaTypeOf(b) ?? '')) ?? null;

  const title = meta('citation_title') ?? (ld && cleanText(ld['headline'] ?? ld['name'])) ?? meta('dc.title', 'dcterms.title') ?? meta('og:title') ?? parts.title;
  if (!title) return null;
  const journal = meta('citation_journal_title', 'citation_conference_title');
  const ldType = ld ? schemaTypeOf(ld) : null;
  const type = journal ? 'article-journal' : meta('citation_technical_report_number') ? 'report' : (ldType && CSL_TYPE_OF[ldType]) ?? 'webpage';
  const item: CslItem = { type, title };

  const highwire = metaAll('citation_author').map(nameOf).filter((n): n is CslName => n !== null).slice(0, MAX_AUTHORS);
  const authors = highwire.length > 0 ? highwire : ld ? jsonLdNames(ld['author']) : [];
  const dcAuthors = metaAll('dc.creator', 'dcterms.creator').map(nameOf).filter((n): n is CslName => n !== null).slice(0, MAX_AUTHORS);
  const byline = authors.length > 0 ? authors : dcAuthors.length > 0 ? dcAuthors : [meta('author', 'article:author')].map(nameOf).filter((n): n is CslName => n !== null);
  if (byline.length > 0) item.author = byline;

  const container = journal ?? (ld && nameOfObject(ld['isPartOf'])) ?? meta('og:site_name');
  if (container) item['container-title'] = container;
  const publisher = meta('citation_publisher', 'dc.publisher', 'dcterms.publisher') ?? (ld && nameOfObject(ld['publisher']));
  if (publisher && publisher !== container) item.publisher = publisher;
  const issued: CslDate | null =
    dateOf(meta('citation_publication_date', 'citation_date', 'citation_online_date')) ??
    (ld ? dateOf(ld['datePublished']) : null) ??
    dateOf(meta('dc.date', 'dcterms.date', 'dcterms.issued', 'article:published_time'));
  if (issued) item.issued = issued;
  for (const [field, key] of [['volume', 'citation_volume'], ['issue', 'citation_issue'], ['number', 'citation_technical_report_number']] as const) {
    const v = meta(key);
    if (v) item[field] = v;
  }
  const first = meta('citation_firstpage');
  const last = meta('citation_lastpage');
  if (first) item.page = last ? `${first}–${last}` : first;
  const doi = meta('citation_doi', 'dc.identifier');
  const doiMatch = doi ? /10\.\d{4,9}\/\S+/.exec(doi) : null;
  if (doiMatch) item.DOI = doiMatch[0];
  item.URL = pageUrl;
  item.accessed = accessedOn(now);
  return item;
}
