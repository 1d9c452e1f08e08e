import type { ShareCard } from '../../domain/editorial.js';
import type { ArticleType } from '../../domain/article-type.js';
// Ports of the Content API: its keys, and the one query that pages through posts and pages.
import type { ArticleKind, ArticleSummary } from '../../domain/article.js';
import type { Media } from '../../domain/media.js';
import type { Author, Tag } from '../../domain/people.js';
import type { ListingKey } from '../discovery/ports.js';

/** A Content API key as the admin and CLI list it. */
export interface ContentKey {
  id: number;
  name: string;
  /** 26 hex digits; sent as `?key=`. */
  secret: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Content API keys. */
export interface ContentKeyRepository {
  insert(key: { name: string; secret: string; createdAt: string }): Promise<number>;
  list(): Promise<ContentKey[]>;
  /** The key with this secret that is not revoked, or null. */
  findActive(secret: string): Promise<ContentKey | null>;
  /** Revokes the key (by id); false when there is no such key not revoked yet. */
  revoke(id: number, at: string): Promise<boolean>;
}

/** A filter with its slugs looked up: what the store applies to each listed article. */
export type ResolvedFilter =
  | { kind: 'and' | 'or'; of: ResolvedFilter[] }
  | { kind: 'not'; of: ResolvedFilter }
  /** In (negated: in none of) one of these lists; an empty list matches nothing. */
  | { kind: 'lists'; keys: ListingKey[]; negate: boolean }
  /** Pinned (home page) or not. */
  | { kind: 'featured'; value: boolean }
  /** Its id is (not) one of these. */
  | { kind: 'ids'; ids: number[]; negate: boolean }
  | { kind: 'published'; op: '<' | '<=' | '>' | '>='; value: string };

/** One page of public posts or pages, newest (or oldest) first. */
export interface ContentPageQuery {
  kind: ArticleKind;
  filter: ResolvedFilter | null;
  direction: 'asc' | 'desc';
  now: string;
  limit: number;
  offset: number;
}

/** An article summary with what the Content API shows beside it. */
export interface ContentItem extends ArticleSummary {
  bodyHtml: string;
  /** The featured image and the alt text shown with it. */
  featured: { media: Media; alt: string } | null;
  /** The article type chosen in the editor; null for none. */
  articleType?: ArticleType | null;
  /** The featured image's caption; null for none. */
  featuredCaption?: string | null;
  /** The article's own Open Graph/Twitter card. */
  shareCard?: ShareCard;
  /** The SEO title and description set in the editor (Ghost's meta_title, meta_description); null where not set. */
  seo?: { title: string | null; description: string | null };
}

/** Terms a tag or author must meet, all of them: its slug or id is (not) one of the values. */
export type NameTerm = { field: 'slug' | 'id'; values: Array<string | number>; negate: boolean };

/** How tags or authors are ordered when a client asks. */
export type NameOrder = { field: 'name' | 'slug'; direction: 'asc' | 'desc' };

/** One page of tags or authors (in slug order unless asked otherwise), and how many match in all. */
export interface NamePageQuery {
  terms: NameTerm[];
  order: NameOrder | null;
  limit: number;
  offset: number;
}

/** Public posts and pages for the Content API; every query is served by an index. */
export interface ContentApiRepository {
  /** Tags in slug order (sections are the caller's: they are few and held in memory). */
  tagPage(query: NamePageQuery): Promise<{ items: Tag[]; total: number }>;
  /** Authors in slug order. */
  authorPage(query: NamePageQuery): Promise<{ items: Author[]; total: number }>;
  /** The page's items in order, and how many match in all. */
  page(query: ContentPageQuery): Promise<{ items: ContentItem[]; total: number }>;
  /** Ids of the posts and pages with these slugs (any status: the filter is applied to public ones). */
  idsOfSlugs(slugs: string[]): Promise<number[]>;
  /** One public post or page by id or slug, or null. */
  find(kind: ArticleKind, by: { id: number } | { slug: string }, now: string): Promise<ContentItem | null>;
}
