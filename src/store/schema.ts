import type { Generated } from 'kysely';
import type { IntegrationTokensTable, LinkCapturesTable, WebhookDeliveriesTable, WebhooksTable } from './schema-integrations.js';

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
  /** Where comment notifications go; never shown. */
  email: string | null;
  avatar_media_id: Generated<number | null>;
  /** Fediverse handle `@user@host` (fediverse:creator), null when none. */
  fediverse: Generated<string | null>;
  /** An avatar kept at its address, not imported as media (migration 017); `avatar_media_id` wins. */
  avatar_url: Generated<string | null>;
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
  sticky: Generated<number>;
  /** 1 when the article takes comments (settings may still close it). */
  comments_open: Generated<number>;
  /** Incremented on every save; a save that names an older version is refused. */
  version: Generated<number>;
  featured_media_id: Generated<number | null>;
  featured_alt: Generated<string | null>;
  seo_title: Generated<string | null>;
  seo_description: Generated<string | null>;
  owner_user_id: Generated<number | null>;
  updated_by: Generated<number | null>;
  lint_errors: Generated<number>;
  lint_warnings: Generated<number>;
  /** news, opinion, analysis, explainer, fact-check; null for none (migration 015). */
  article_type: Generated<string | null>;
  /** Articles that translate each other share it (migration 016); null when it has none. */
  translation_group: Generated<number | null>;
  /** Shown under the featured image (migration 017). */
  featured_caption: Generated<string | null>;
  /** The article's own share card (migration 017): used instead of the SEO fields and featured image when set. */
  og_title: Generated<string | null>;
  og_description: Generated<string | null>;
  og_image: Generated<string | null>;
  twitter_title: Generated<string | null>;
  twitter_description: Generated<string | null>;
  twitter_image: Generated<string | null>;
}

/** A section's, tag's or author's name, slug, description or bio in one language (migration 018); null: the default's. */
export interface TranslationsTable {
  /** section, tag or author. */
  kind: string;
  item_id: number;
  language: string;
  name: string | null;
  slug: string | null;
  description: string | null;
  bio: string | null;
}

export interface ImportSourcesTable {
  id: Generated<number>;
  source: string;
  kind: string;
  external_id: string;
  local_id: number;
  checksum: string;
  imported_at: string;
}

/** A published article's row in one list (see migration 009). */
export interface ListingsTable {
  scope: string;
  scope_id: number;
  article_id: number;
  sticky: Generated<number>;
  published_at: string;
  updated_at: string;
}

/** How many articles a list holds and its newest change. */
export interface ListingCountsTable {
  scope: string;
  scope_id: number;
  total: number;
  last_modified: string | null;
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
  /** The note as a CSL citation (`{"citationItems": […]}`, see row-mappers), or the CSL-JSON item of its one source for notes stored before cites were kept. */
  csl: string;
  ibid_of: number | null;
  recognised: number;
  /** The note in the site's citation style, rendered by a background job. */
  styled_html: string | null;
  /** The style `styled_html` was rendered in. */
  styled_with: string | null;
}

export interface RedirectsTable {
  id: Generated<number>;
  from_path: string;
  to_path: string;
  status_code: number;
  created_at: string;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  unique_key: string | null;
  status: string;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_at: string | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/** A cited URL (normalised) and its health; `redirect_chain` is JSON. */
export interface LinksTable {
  url: string;
  status: string;
  http_status: number | null;
  reason: string | null;
  first_checked_at: string;
  last_checked_at: string;
  consecutive_failures: number;
  first_failure_at: string | null;
  final_url: string | null;
  redirect_chain: string;
  fragment_lost: number;
  archive_url: string | null;
  archive_captured_at: string | null;
  archive_checked_at: string | null;
  archive_error: string | null;
}

/** A URL as notes write it → the normalised link it is checked as. */
export interface LinkUrlsTable {
  source_url: string;
  link_url: string;
  fragment: string | null;
}

export interface LinkChecksTable {
  id: Generated<number>;
  url: string;
  checked_at: string;
  status: string;
  counted_failure: number;
  http_status: number | null;
  error: string | null;
  duration_ms: number;
  final_url: string | null;
  redirect_chain: string;
}

export interface PageSnapshotsTable {
  id: Generated<number>;
  url: string;
  fetched_at: string;
  final_url: string | null;
  http_status: number | null;
  content_type: string | null;
  sha256: string | null;
  html: string | null;
  readable_text: string | null;
  title: string | null;
  truncated: number;
  error: string | null;
}

export interface CommentsTable {
  id: Generated<number>;
  article_id: number;
  parent_id: number | null;
  author_name: string;
  author_email: string;
  author_url: string | null;
  body: string;
  body_html: string;
  status: string;
  /** Salted hash of the sender's IP address. */
  ip_hash: string;
  author_token_hash: string | null;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  author_id: number | null;
  /** The language this account reads the admin in (en, ar, fa, fr); null follows the site's. */
  admin_language: string | null;
  created_at: string;
  updated_at: string;
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

/** `id` is the SHA-256 of the cookie's token: a leaked table opens no session. */
export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  ip_hash: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** The current window of one limited key (an account or address, hashed) and how many attempts it has admitted. */
export interface AttemptCountersTable {
  scope: string;
  key: string;
  attempts: number;
  /** Backoff level: how many full windows came just before this one. */
  level: Generated<number>;
  window_ends_at: string;
}

export interface RevisionsTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  autosave: number;
  title: string;
  body_markdown: string;
  /** JSON snapshot of the other fields. */
  fields: string;
  user_id: number | null;
  created_at: string;
}

export interface CorrectionsTable {
  id: Generated<number>;
  article_id: number;
  kind: string;
  text: string;
  date: string;
  user_id: number | null;
  created_at: string;
}

export interface MediaTable {
  id: Generated<number>;
  filename: string;
  stored_name: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  /** JSON list of the generated files. */
  sizes: string;
  sha256: string;
  user_id: number | null;
  created_at: string;
}

/** A Content API key: who it is for, and whether it still opens the API. */
export interface ContentKeysTable {
  id: Generated<number>;
  name: string;
  /** 26 hex digits, as Ghost's content keys (its client checks the form). */
  secret: string;
  created_at: string;
  revoked_at: string | null;
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
  jobs: JobsTable;
  import_sources: ImportSourcesTable;
  links: LinksTable;
  link_urls: LinkUrlsTable;
  link_checks: LinkChecksTable;
  page_snapshots: PageSnapshotsTable;
  comments: CommentsTable;
  related_terms: RelatedTermsTable;
  related_articles: RelatedArticlesTable;
  users: UsersTable;
  sessions: SessionsTable;
  attempt_counters: AttemptCountersTable;
  revisions: RevisionsTable;
  corrections: CorrectionsTable;
  media: MediaTable;
  listings: ListingsTable;
  listing_counts: ListingCountsTable;
  content_keys: ContentKeysTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  link_captures: LinkCapturesTable;
  integration_tokens: IntegrationTokensTable;
  translations: TranslationsTable;
}
export type { IntegrationTokensTable, LinkCapturesTable, WebhookDeliveriesTable, WebhooksTable };
