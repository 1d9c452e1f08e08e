import { DOMParser } from 'linkedom';
import type { CslItem, CslName } from '../../domain/csl.js';
import { cleanText, dateOf, MAX_AUTHORS, nameOf } from './clean.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "Smith JA" (PubMed's author form) → family Smith, given "J. A."; anything else as a name. */
function pubmedName(raw: unknown): CslName | null {
  const text = cleanText(raw);
  if (!text) return null;
  const initials = /^(.+?)\s+(\p{Lu}{1,4})$/u.exec(text);
  if (initials) return { family: initials[1]!, given: [...initials[2]!].map((c) => `${c}.`).join(' ') };
  return nameOf(text);
}

/** "2020 Mar 5", "2020 Mar", "2020 Spring", "2020" → a CSL date. */
function pubmedDate(raw: unknown): ReturnType<typeof dateOf> {
  const text = cleanText(raw);
  if (!text) return null;
  const m = /^(\d{4})(?:\s+([A-Z][a-z]{2})(?:\s+(\d{1,2}))?)?/.exec(text);
  if (!m) return dateOf(text);
  const month = m[2] ? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(m[2]) + 1 : 0;
  const parts = [Number(m[1]), ...(month > 0 ? [month] : []), ...(month > 0 && m[3] ? [Number(m[3])] : [])];
  return dateOf(parts.map((n) => String(n).padStart(2, '0')).join('-'));
}

/**
 * An NCBI E-utilities `esummary` answer (db=pubmed, retmode=json) for one PMID as a CSL
 * journal article. Null when the answer holds no record with a title for that PMID (an
 * unknown id is answered with an `error` field instead).
 */
export function fromPubmedSummary(answer: unknown, pmid: string): CslItem | null {
  if (!isObject(answer) || !isObject(answer['result'])) return null;
  const record = answer['result'][pmid];
  if (!isObject(record) || record['error'] !== undefined) return null;
  const title = cleanText(record['title'])?.replace(/\.$/, '');
  if (!title) return null;
  const item: CslItem = { type: 'article-journal', title };
  const authors = Array.isArray(record['authors'])
    ? record['authors'].slice(0, MAX_AUTHORS).map((a) => (isObject(a) && (a['authtype'] ?? 'Author') === 'Author' ? pubmedName(a['name']) : null)).filter((n): n is CslName => n !== null)
    : [];
  if (authors.length > 0) item.author = authors;
  const container = cleanText(record['fulljournalname']) ?? cleanText(record['source']);
  if (container) item['container-title'] = container;
  for (const field of ['volume', 'issue', 'pages'] as const) {
    const value = cleanText(record[field]);
    if (value) item[field === 'pages' ? 'page' : field] = value;
  }
  const issued = pubmedDate(record['pubdate']) ?? pubmedDate(record['epubdate']);
  if (issued) item.issued = issued;
  const ids = Array.isArray(record['articleids']) ? record['articleids'] : [];
  const doi = ids.map((i) => (isObject(i) && i['idtype'] === 'doi' ? cleanText(i['value']) : null)).find((d) => d && /^10\.\d{4,9}\/\S+$/.test(d));
  if (doi) item.DOI = doi;
  item.URL = `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
  return item;
}

function childText(parent: Element, tag: string): string | null {
  return cleanText(parent.getElementsByTagName(tag)[0]?.textContent);
}

/**
 * The arXiv API's Atom feed (`/query?id_list=ID`) as a CSL preprint: title, authors, date of
 * first version, the arXiv number, the abstract page and the DOI (the journal's when the
 * authors gave one, else arXiv's own 10.48550 DOI). Null when the feed has no entry for the
 * id (arXiv answers an unknown id with an empty feed or an "Error" entry). The XML is read
 * by linkedom: no DTD, no entity expansion.
 */
export function fromArxivFeed(xml: string, arxivId: string): CslItem | null {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const bare = arxivId.replace(/v\d+$/, '');
  const entry = [...document.getElementsByTagName('entry')].find((e) => (childText(e, 'id') ?? '').includes(`/abs/${bare}`));
  if (!entry) return null;
  const title = childText(entry, 'title');
  if (!title || /^error$/i.test(title)) return null;
  const item: CslItem = { type: 'article', title };
  const authors = [...entry.getElementsByTagName('author')].slice(0, MAX_AUTHORS).map((a) => nameOf(a.getElementsByTagName('name')[0]?.textContent)).filter((n): n is CslName => n !== null);
  if (authors.length > 0) item.author = authors;
  item['container-title'] = 'arXiv';
  item.number = `arXiv:${arxivId}`;
  const issued = dateOf(childText(entry, 'published'));
  if (issued) item.issued = issued;
  const journalDoi = childText(entry, 'arxiv:doi');
  item.DOI = journalDoi && /^10\.\d{4,9}\/\S+$/.test(journalDoi) ? journalDoi : `10.48550/arXiv.${bare}`;
  item.URL = `https://arxiv.org/abs/${arxivId}`;
  return item;
}
