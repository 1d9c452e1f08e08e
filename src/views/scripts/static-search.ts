// Search on a static copy of the site (`dossier export static`): the exported /search/ page
// loads this script, which reads ?q= (and the section and date filters), fetches the
// prebuilt index named by #search-results[data-index] and lists the matching articles.
// No server is needed. Plain DOM, no markup from the index is ever parsed.

/** One article of the index: title, address, publication date (YYYY-MM-DD), section slug path, excerpt. */
export type SearchEntry = [title: string, url: string, date: string, section: string, excerpt: string];

/** Filters the search form sends besides the words. */
export interface SearchFilters {
  section?: string;
  from?: string;
  to?: string;
}

const MAX_RESULTS = 100;

/** Lower case, accents folded, split on anything that is not a letter or a digit. */
export function searchWords(text: string): string[] {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The entries that contain every word of the query (a word matches the start of a word, so
 * "reserv" finds "reservoir"), best first: more words matched in the title, then newest.
 */
export function matchArticles(entries: readonly SearchEntry[], query: string, filters: SearchFilters = {}): SearchEntry[] {
  const wanted = searchWords(query);
  if (wanted.length === 0) return [];
  const scored: Array<{ entry: SearchEntry; score: number }> = [];
  for (const entry of entries) {
    const [title, , date, section, excerpt] = entry;
    if (filters.section && section !== filters.section && !section.startsWith(`${filters.section}/`)) continue;
    if ((filters.from && date < filters.from) || (filters.to && date > filters.to)) continue;
    const titleWords = searchWords(title);
    const allWords = titleWords.concat(searchWords(excerpt));
    let score = 0;
    let all = true;
    for (const word of wanted) {
      if (titleWords.some((w) => w.startsWith(word))) score += 1;
      else if (!allWords.some((w) => w.startsWith(word))) {
        all = false;
        break;
      }
    }
    if (all) scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.entry[2] < b.entry[2] ? 1 : a.entry[2] > b.entry[2] ? -1 : 0));
  return scored.map((s) => s.entry);
}

function element(tag: string, className: string | null, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showResults(target: HTMLElement, found: SearchEntry[], query: string): void {
  const summary = element('p', 'search-summary');
  summary.setAttribute('role', 'status');
  const shown = found.slice(0, MAX_RESULTS);
  summary.textContent = found.length === 0 ? `Nothing found for “${query}”.`
    : `${found.length} ${found.length === 1 ? 'article' : 'articles'} found for “${query}”${found.length > shown.length ? ` (the first ${shown.length} shown)` : ''}.`;
  const list = element('ol', 'cards search-results');
  for (const [title, url, date, , excerpt] of shown) {
    const card = element('article', 'card');
    const heading = element('h2', 'card-title');
    const link = element('a', null, title) as HTMLAnchorElement;
    link.href = url;
    heading.append(link);
    const meta = element('p', 'card-meta');
    const time = element('time', null, date);
    time.setAttribute('datetime', date);
    meta.append(time);
    card.append(heading, meta, element('p', 'card-summary search-snippet', excerpt));
    const item = element('li', null);
    item.append(card);
    list.append(item);
  }
  target.replaceChildren(summary, ...(shown.length > 0 ? [list] : []));
}

async function start(): Promise<void> {
  const target = document.getElementById('search-results');
  const params = new URLSearchParams(window.location.search);
  const query = (params.get('q') ?? '').slice(0, 512);
  if (!target || !target.dataset['index']) return;
  // The form shows what was asked, as the live search page does.
  for (const name of ['q', 'section', 'from', 'to']) {
    const field = document.querySelector<HTMLInputElement | HTMLSelectElement>(`.search-form [name="${name}"]`);
    const value = params.get(name);
    if (field && value) field.value = value;
  }
  if (!searchWords(query).length) return;
  try {
    const response = await fetch(target.dataset['index']);
    const index = (await response.json()) as { articles: SearchEntry[] };
    const filters = { section: params.get('section') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
    showResults(target, matchArticles(index.articles, query, filters), query);
  } catch {
    target.replaceChildren(element('p', 'search-summary', 'Search is not available right now.'));
  }
}

if (typeof document !== 'undefined') void start();
