/** An article as the static search finds it. */
export interface SearchIndexArticle {
  title: string;
  path: string;
  publishedAt: string;
  /** Slug path of its section ('' when it has none). */
  section: string;
  excerpt: string;
}

/** Characters of the excerpt kept per article: enough to recognise it, small at 100,000 articles. */
const EXCERPT_CHARS = 160;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.slice(0, EXCERPT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_CHARS - 20))}…`;
}

/**
 * The search index of a static copy, as JSON: `{"fields": [...], "articles": [[title, url,
 * date, section, excerpt], …]}`, newest first (the order views/scripts/static-search.ts reads).
 */
export function renderSearchIndex(articles: readonly SearchIndexArticle[]): string {
  const rows = [...articles]
    .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0))
    .map((a) => [a.title, a.path, a.publishedAt.slice(0, 10), a.section, shorten(a.excerpt)]);
  return `{"fields":["title","url","date","section","excerpt"],"articles":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
