/** A list readers page through: the home page, a section (by slug path), a tag or an author (by slug). */
export type StaticListScope = 'home' | 'section' | 'tag' | 'author';

/**
 * What a page of a static copy shows, named so it can be rendered from the services without
 * a request (article pages, their comment feeds and reference files, and list pages: nearly
 * every file of a big site). Any other address is rendered by answering a request for it.
 */
export type StaticPage =
  | { kind: 'article'; slug: string }
  | { kind: 'article-comments'; slug: string }
  | { kind: 'article-references'; slug: string; extension: 'json' | 'bib' | 'ris' }
  | { kind: 'list'; scope: StaticListScope; key: string; page: number; language?: string | null };

/** An address of a static copy, and what it shows when that is known without asking the app. */
export interface StaticPath {
  path: string;
  page?: StaticPage;
}
