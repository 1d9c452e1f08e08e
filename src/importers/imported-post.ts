import type { ArticleKind, ArticleStatus } from '../domain/article.js';

/** What every importer reads of a post or page, whatever its source: the fields Dossier stores as they are. */
export interface ImportedPostCore {
  kind: ArticleKind;
  title: string;
  slug: string;
  status: ArticleStatus;
  /** ISO times, or null when the source has none. */
  publishedAt: string | null;
  updatedAt: string | null;
  excerpt: string | null;
  /** Markdown with GFM footnotes. */
  body: string;
}
