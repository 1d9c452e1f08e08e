import type { CslCite, CslItem } from './csl.js';

/** Publication state of an article or page. */
export type ArticleStatus = 'draft' | 'scheduled' | 'published';
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['draft', 'scheduled', 'published'];

/** An `article` lives in a section and the feeds; a `page` (About, Contact) stands alone. */
export type ArticleKind = 'article' | 'page';

/** An article or standalone page as stored. Timestamps are ISO 8601 UTC strings. */
export interface Article {
  id: number;
  kind: ArticleKind;
  slug: string;
  title: string;
  dek: string | null;
  bodyMarkdown: string;
  bodyHtml: string;
  excerpt: string;
  status: ArticleStatus;
  publishedAt: string | null;
  updatedAt: string;
  createdAt: string;
  sectionId: number | null;
  language: string;
  /** Kept at the top of the home page (WordPress "sticky" posts). */
  sticky: boolean;
}

/** What lists and cards need of an article, without its body. */
export type ArticleSummary = Omit<Article, 'bodyMarkdown' | 'bodyHtml'>;

/** One numbered note (reference) of an article. */
export interface Note {
  /** The (first) source as CSL-JSON (for "ibid" notes, the source it repeats). */
  csl: CslItem;
  /**
   * Every source the note cites, with its locator, label, prefix and suffix. Absent for
   * notes stored before cites were kept: read those with `noteCites`.
   */
  cites?: CslCite[];
  /** The number of the note an "ibid" note repeats. */
  ibidOf: number | null;
  /** Whether the note reads as a citation that a citation style can render. */
  recognised: boolean;
  /** The note in the site's citation style, once rendered; null until then. */
  styledHtml: string | null;
  /** The style `styledHtml` is in. */
  styledWith: string | null;
  number: number;
  label: string;
  /** The note as the writer typed it (Markdown source). */
  rawText: string;
  /** The note rendered and sanitised. */
  html: string;
  url: string | null;
  /** Access date, YYYY-MM-DD, when the note states one. */
  accessed: string | null;
  /** How many places in the body cite this note. */
  citations: number;
}

/**
 * Whether readers may see the article now. Drafts never; scheduled ones only once a job
 * has published them; published ones once their date has come.
 */
export function isPubliclyVisible(
  article: Pick<Article, 'status' | 'publishedAt'>,
  now: Date,
): boolean {
  return (
    article.status === 'published' &&
    article.publishedAt !== null &&
    article.publishedAt <= now.toISOString()
  );
}
