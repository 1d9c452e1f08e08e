import type { CslItem } from '../../domain/csl.js';
import { createOutboundFetch, refusalOf, type OutboundFetch } from '../links/outbound-fetch.js';
import { discard, readCapped } from '../links/read-capped.js';
import { accessedOn } from './clean.js';
import { parseIdentifier } from './identifier.js';
import { fromArxivFeed, fromPubmedSummary } from './map-pubmed-arxiv.js';
import { fromCslJson, fromOpenLibrary, openLibraryAuthorKeys } from './map-records.js';
import { citationFromPage } from './page-metadata.js';

/** Where identifiers are resolved and how long and how much a look-up may take. */
export interface ResolveOptions {
  /** DOI content negotiation base, e.g. https://doi.org (DOI_RESOLVER). */
  doiResolver: string;
  /** Open Library base, e.g. https://openlibrary.org (OPENLIBRARY_URL). */
  openLibraryUrl: string;
  /** NCBI E-utilities base, e.g. https://eutils.ncbi.nlm.nih.gov/entrez/eutils (PUBMED_URL). */
  pubmedUrl: string;
  /** arXiv API base, e.g. https://export.arxiv.org/api (ARXIV_URL). */
  arxivUrl: string;
  /** Whole look-up deadline, all requests together. */
  timeoutMs: number;
  /** Non-public addresses still allowed (OUTBOUND_ALLOW). */
  outboundAllow: readonly string[];
  /** Largest body read from any answer. */
  maxBytes?: number;
  outbound?: OutboundFetch;
  now?: Date;
}

/** A look-up that found nothing usable: the message says which identifier and why. */
export class ResolveError extends Error {}

const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const CSL_JSON = 'application/vnd.citationstyles.csl+json';

interface Answer {
  url: string;
  contentType: string;
  text: string;
}

async function get(url: string, accept: string, options: ResolveOptions, fetch: OutboundFetch, signal: AbortSignal, what: string): Promise<Answer> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: Response;
    try {
      response = await fetch(current, { method: 'GET', headers: { accept, 'user-agent': 'Dossier citation resolver' }, signal, redirect: 'manual' });
    } catch (error) {
      if (signal.aborted) throw new ResolveError(`${what}: no answer from ${new URL(current).host} within ${options.timeoutMs} ms.`);
      const refused = refusalOf(error);
      throw new ResolveError(`${what}: ${refused ?? `could not reach ${new URL(current).host} (${error instanceof Error ? error.message : String(error)})`}.`);
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      discard(response.body);
      current = new URL(location, current).href;
      continue;
    }
    if (response.status === 404 || response.status === 410) {
      discard(response.body);
      throw new ResolveError(`${what}: not found (${response.status} from ${new URL(current).host}).`);
    }
    if (!response.ok) {
      discard(response.body);
      throw new ResolveError(`${what}: ${new URL(current).host} answered ${response.status}.`);
    }
    const body = await readCapped(response.body, options.maxBytes ?? DEFAULT_MAX_BYTES);
    if (signal.aborted) throw new ResolveError(`${what}: no answer from ${new URL(current).host} within ${options.timeoutMs} ms.`);
    if (body.truncated) throw new ResolveError(`${what}: the answer from ${new URL(current).host} is larger than ${options.maxBytes ?? DEFAULT_MAX_BYTES} bytes.`);
    return { url: current, contentType: (response.headers.get('content-type') ?? '').toLowerCase(), text: new TextDecoder().decode(body.bytes) };
  }
  throw new ResolveError(`${what}: more than ${MAX_REDIRECTS} redirects.`);
}

function jsonOf(answer: Answer, what: string): unknown {
  if (!/json/.test(answer.contentType)) throw new ResolveError(`${what}: expected JSON but ${new URL(answer.url).host} answered ${answer.contentType.split(';')[0] || 'no content type'}.`);
  try {
    return JSON.parse(answer.text);
  } catch {
    throw new ResolveError(`${what}: ${new URL(answer.url).host} answered malformed JSON.`);
  }
}

/**
 * Resolves a DOI, an ISBN, a PMID, an arXiv id or a web page's URL to a CSL-JSON item through the outbound
 * guard, within one deadline and a body-size cap. An identifier of no known kind is an
 * `invalid`-style ResolveError thrown before any request; everything else that goes
 * wrong is a ResolveError naming the identifier.
 */
export async function resolveIdentifier(input: string, options: ResolveOptions): Promise<CslItem> {
  const parsed = parseIdentifier(input);
  if (!parsed.ok) throw new ResolveError(parsed.error);
  const fetch = options.outbound ?? createOutboundFetch({ allow: options.outboundAllow });
  const signal = AbortSignal.timeout(options.timeoutMs);
  const now = options.now ?? new Date();
  const id = parsed.id;
  if (id.kind === 'doi') {
    const what = `DOI ${id.doi}`;
    const answer = await get(`${options.doiResolver}/${encodeURI(id.doi)}`, CSL_JSON, options, fetch, signal, what);
    const item = fromCslJson(jsonOf(answer, what), id.doi);
    if (!item) throw new ResolveError(`${what}: the resolver's record has no title.`);
    return item;
  }
  if (id.kind === 'isbn') {
    const what = `ISBN ${id.isbn}`;
    const edition = jsonOf(await get(`${options.openLibraryUrl}/isbn/${id.isbn}.json`, 'application/json', options, fetch, signal, what), what);
    const authors: unknown[] = [];
    for (const key of openLibraryAuthorKeys(edition)) authors.push(jsonOf(await get(`${options.openLibraryUrl}${key}.json`, 'application/json', options, fetch, signal, what), what));
    const item = fromOpenLibrary(edition, authors);
    if (!item) throw new ResolveError(`${what}: Open Library's record has no title.`);
    return { ...item, accessed: accessedOn(now) };
  }
  if (id.kind === 'pmid') {
    const what = `PMID ${id.pmid}`;
    const answer = await get(`${options.pubmedUrl}/esummary.fcgi?db=pubmed&retmode=json&id=${id.pmid}`, 'application/json', options, fetch, signal, what);
    const item = fromPubmedSummary(jsonOf(answer, what), id.pmid);
    if (!item) throw new ResolveError(`${what}: PubMed has no record with this id.`);
    return { ...item, accessed: accessedOn(now) };
  }
  if (id.kind === 'arxiv') {
    const what = `arXiv ${id.arxiv}`;
    const answer = await get(`${options.arxivUrl}/query?id_list=${encodeURIComponent(id.arxiv)}&max_results=1`, 'application/atom+xml', options, fetch, signal, what);
    if (!/xml/.test(answer.contentType)) throw new ResolveError(`${what}: expected an Atom feed but ${new URL(answer.url).host} answered ${answer.contentType.split(';')[0] || 'no content type'}.`);
    const item = fromArxivFeed(answer.text, id.arxiv);
    if (!item) throw new ResolveError(`${what}: arXiv has no paper with this id.`);
    return { ...item, accessed: accessedOn(now) };
  }
  const what = id.url;
  const answer = await get(id.url, 'text/html,application/xhtml+xml;q=0.9', options, fetch, signal, what);
  if (!/html/.test(answer.contentType)) throw new ResolveError(`${what}: expected an HTML page but got ${answer.contentType.split(';')[0] || 'no content type'}.`);
  const item = citationFromPage(answer.text, id.url, now);
  if (!item) throw new ResolveError(`${what}: the page names no title.`);
  return item;
}
