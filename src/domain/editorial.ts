import type { ArticleType } from './article-type.js';

/** What the admin keeps about an article beyond what readers see. */
export interface ArticleEditorial {
  /** Incremented on every save; a save that names an older version is refused. */
  version: number;
  featuredMediaId: number | null;
  featuredAlt: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  /** The account that created the article ("own" work for authors and contributors). */
  ownerUserId: number | null;
  /** The account that saved it last. */
  updatedBy: number | null;
  lintErrors: number;
  lintWarnings: number;
  /** The genre chosen in the editor (migration 015); null for none. */
  articleType?: ArticleType | null;
}

/** The fields of an article a revision keeps besides title and body. */
export interface RevisionFields {
  slug: string;
  dek: string | null;
  status: string;
  publishedAt: string | null;
  sectionSlug: string | null;
  authorSlugs: string[];
  tagSlugs: string[];
  featuredMediaId: number | null;
  featuredAlt: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
}

/** One saved state of an article. */
export interface Revision {
  id: number;
  articleId: number;
  version: number;
  /** Autosaves of published articles are kept apart from what readers see. */
  autosave: boolean;
  title: string;
  bodyMarkdown: string;
  fields: RevisionFields;
  userId: number | null;
  userName: string | null;
  createdAt: string;
}

/** A dated public correction or update appended to an article. */
export interface Correction {
  id: number;
  articleId: number;
  kind: 'correction' | 'update';
  text: string;
  /** ISO time the correction is dated. */
  date: string;
  userId: number | null;
  createdAt: string;
}
