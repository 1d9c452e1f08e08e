import { pageOffset, type Page } from '../../domain/pagination.js';
import type { Author, Tag } from '../../domain/people.js';
import { parseSearchQuery, type SearchQuery } from '../../domain/search-query.js';
import { findSectionByPath } from '../../domain/section.js';
import { siteLanguages } from '../../domain/languages.js';
import type { SearchRequest } from '../discovery/ports.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome, type SiteChrome } from './chrome.js';
import { withListDetails, type ListedArticle } from './listed-article.js';

/** What a reader asked for; every field is raw text from the query string. */
export interface SearchParams {
  q: string;
  section: string;
  author: string;
  tag: string;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** Only articles in this language (one of the site's), or '' for all. */
  lang?: string;
  page: number;
}

/** One search result: the article, and its title and snippet with marked matches. */
export interface SearchResult extends ListedArticle {
  markedTitle: string;
  markedSnippet: string;
}

/** The search page: the query as understood, the filters that applied, and one page of results. */
export interface SearchPage {
  chrome: SiteChrome;
  query: SearchQuery;
  /** The params with unknown or malformed filters blanked out. */
  applied: SearchParams;
  results: Page<SearchResult>;
  /** More articles matched than were ranked: `results.total` is a lower bound. */
  capped: boolean;
  authors: Author[];
  tags: Tag[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * How many authors and tags the search form offers, first by name: a newsroom's archive may
 * hold thousands of tags, and reading (and sending) them all on every search grew with it.
 * A filter beyond them still applies from the address (`?tag=slug`) and is offered too.
 */
export const SEARCH_FILTER_OPTIONS = 100;

/** The first options by name, with the one the address asks for added when it lies beyond them. */
async function filterOptions<T extends { slug: string; name: string }>(first: Promise<T[]>, asked: string, find: (slug: string) => Promise<T | null>): Promise<{ options: T[]; applied: T | undefined }> {
  const options = await first;
  // An address can hold anything: only what could be a slug is looked up (PostgreSQL refuses a NUL byte).
  const lookable = asked.length > 0 && asked.length <= 200 && !asked.includes('\u0000');
  const applied = lookable ? options.find((o) => o.slug === asked) ?? await find(asked) ?? undefined : undefined;
  if (applied && !options.includes(applied)) return { options: [...options, applied].sort((a, b) => a.name.localeCompare(b.name)), applied };
  return { options, applied };
}

function dayStart(text: string, plusDays = 0): string | undefined {
  const match = DAY.exec(text);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  const date = new Date(time);
  // Reject 2026-02-31 and the like rather than let Date roll them over.
  if (plusDays === 0 && date.toISOString().slice(0, 10) !== text) return undefined;
  return date.toISOString();
}

/**
 * Searches published articles. Never fails on input: a malformed query or filter is
 * dropped, and a page past the end is simply empty.
 */
export async function searchPage(store: Store, clock: Clock, params: SearchParams): Promise<SearchPage> {
  const now = clock().toISOString();
  const { repos } = store;
  const [chrome, authorFilter, tagFilter] = await Promise.all([
    loadChrome(repos, now),
    filterOptions(repos.authors.firstByName(SEARCH_FILTER_OPTIONS), params.author, (slug) => repos.authors.findBySlug(slug)),
    filterOptions(repos.tags.firstByName(SEARCH_FILTER_OPTIONS), params.tag, (slug) => repos.tags.findBySlug(slug)),
  ]);
  const query = parseSearchQuery(params.q);
  const section = params.section ? findSectionByPath(chrome.sections, params.section) : null;
  const { options: authors, applied: author } = authorFilter;
  const { options: tags, applied: tag } = tagFilter;
  const from = dayStart(params.from);
  const to = dayStart(params.to) ? dayStart(params.to, 1) : undefined;
  const language = params.lang && siteLanguages(chrome.settings).includes(params.lang) ? params.lang : undefined;
  const pageSize = chrome.settings.postsPerPage;
  const page = Math.min(Math.max(1, params.page), 10_000);
  const request: SearchRequest = {
    query,
    now,
    limit: pageSize,
    offset: pageOffset(page, pageSize),
    ...(section ? { sectionId: section.id } : {}),
    ...(author ? { authorId: author.id } : {}),
    ...(tag ? { tagId: tag.id } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(language ? { language } : {}),
  };
  const { hits, total, capped } = await repos.search.search(request);
  const listed = await withListDetails(repos, hits.map((h) => h.article), chrome.sections);
  const items = listed.map((item, i) => ({ ...item, markedTitle: hits[i]!.markedTitle, markedSnippet: hits[i]!.markedSnippet }));
  return {
    chrome,
    query,
    applied: {
      q: params.q,
      section: section ? params.section : '',
      author: author ? author.slug : '',
      tag: tag ? tag.slug : '',
      from: from ? params.from : '',
      to: to ? params.to : '',
      lang: language ?? '',
      page,
    },
    results: { items, page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) },
    capped,
    authors,
    tags,
  };
}
