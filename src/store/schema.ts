import type { Generated } from 'kysely';

// Timestamps are ISO 8601 UTC text on both engines, so one code path reads and
// compares them (lexical order is time order) without driver-specific date parsing.
// Flags are integers 0/1 for the same reason.

/** Key/value site settings; `value` is JSON. */
export interface SettingsTable {
  key: string;
  value: string;
}

export interface SectionsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
  parent_id: number | null;
  position: number;
  created_at: string;
}

export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  bio: string;
  created_at: string;
}

export interface TagsTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface ArticlesTable {
  id: Generated<number>;
  kind: string;
  slug: string;
  title: string;
  dek: string | null;
  body_markdown: string;
  body_html: string;
  excerpt: string;
  status: string;
  published_at: string | null;
  updated_at: string;
  created_at: string;
  section_id: number | null;
  language: string;
}

export interface ArticleAuthorsTable {
  article_id: number;
  author_id: number;
  position: number;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
}

export interface NotesTable {
  id: Generated<number>;
  article_id: number;
  number: number;
  label: string;
  raw_text: string;
  html: string;
  url: string | null;
  accessed: string | null;
  citations: number;
}

export interface RedirectsTable {
  id: Generated<number>;
  from_path: string;
  to_path: string;
  status_code: number;
  created_at: string;
}

/** Weighted term counts (JSON) of a published article, for relatedness. */
export interface RelatedTermsTable {
  article_id: number;
  terms: string;
}

/** "You may also like": the top related articles of each article, by rank. */
export interface RelatedArticlesTable {
  article_id: number;
  related_id: number;
  rank: number;
  score: number;
}

/** Every table, as Kysely sees it on both engines. */
export interface DB {
  settings: SettingsTable;
  sections: SectionsTable;
  authors: AuthorsTable;
  tags: TagsTable;
  articles: ArticlesTable;
  article_authors: ArticleAuthorsTable;
  article_tags: ArticleTagsTable;
  notes: NotesTable;
  redirects: RedirectsTable;
  related_terms: RelatedTermsTable;
  related_articles: RelatedArticlesTable;
}
