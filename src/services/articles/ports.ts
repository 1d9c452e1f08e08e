import type { ArticleType } from '../../domain/article-type.js';
// Ports of the articles feature: articles and their editorial side (versions, revisions, corrections).
import type { Article, ArticleKind, ArticleStatus, ArticleSummary, Note } from '../../domain/article.js';
import type { ArticleEditorial, Correction, Revision, ShareCard } from '../../domain/editorial.js';
import type { Author, Tag } from '../../domain/people.js';

/** A published article as its page needs it: the article, its featured image and its comment switch. */
export interface ReaderArticle {
  article: Article;
  featuredMediaId: number | null;
  featuredAlt: string | null;
  commentsOpen: boolean;
  /** The genre chosen in the editor; null for none. */
  articleType?: ArticleType | null;
  /** Shown under the featured image; null for none. */
  featuredCaption?: string | null;
  /** The article's own share card (Open Graph, Twitter). */
  shareCard?: ShareCard;
  /** The SEO title and description set in the editor (or imported); null where not set. */
  seo?: { title: string | null; description: string | null };
  /** The translation group it belongs to; null: it has no translations. */
  translationGroup?: number | null;
}

/** Everything written when an article is saved. */
export type ArticleRecord = Omit<Article, 'id' | 'createdAt'>;

/** Articles and pages with their authors, tags, notes and translations. */
export interface ArticleRepository extends TranslationRepository {
  /** Published standalone pages (About, Contact), newest first; articles are listed through the listings. */
  listPages(now: string, limit: number): Promise<ArticleSummary[]>;
  findPublishedBySlug(slug: string, kind: ArticleKind, now: string): Promise<Article | null>;
  /** A published article with what its page shows of its editorial side, in one read. */
  findForReader(slug: string, now: string): Promise<ReaderArticle | null>;
  findBySlug(slug: string): Promise<Article | null>;
  authorsOf(articleIds: number[]): Promise<Map<number, Author[]>>;
  tagsOf(articleIds: number[]): Promise<Map<number, Tag[]>>;
  notesOf(articleId: number): Promise<Note[]>;
  count(): Promise<number>;
  /** The highest article or page id (0 when there is none). */
  maxId(): Promise<number>;
  /** Turns scheduled articles dated at or before `now` into published ones; returns their ids. */
  publishDue(now: string): Promise<number[]>;
  insert(record: ArticleRecord, createdAt: string): Promise<number>;
  update(id: number, record: ArticleRecord): Promise<void>;
  setAuthors(articleId: number, authorIds: number[]): Promise<void>;
  setTags(articleId: number, tagIds: number[]): Promise<void>;
  setNotes(articleId: number, notes: Note[]): Promise<void>;
  /**
   * Stores notes rendered in a citation style. A note whose text changed since it was
   * rendered (the writer saved again meanwhile) is left alone; returns how many were stored.
   */
  setStyledNotes(articleId: number, notes: Array<{ number: number; rawText: string; html: string; style: string }>): Promise<number>;
  /** Ids of articles and pages that have at least one note. */
  idsWithNotes(): Promise<number[]>;
  findById(id: number): Promise<Article | null>;
  /** Every article and page in any status, oldest first (for export). */
  listAll(): Promise<Article[]>;
  setStatus(id: number, status: ArticleStatus, updatedAt: string): Promise<void>;
  /** Deletes an article with its authors, tags, notes and related lists. */
  remove(id: number): Promise<void>;
  /** Rendered bodies by article id, for feeds. */
  bodiesOf(articleIds: number[]): Promise<Map<number, string>>;
  /** Notes of several articles, by article id. */
  notesOfMany(articleIds: number[]): Promise<Map<number, Note[]>>;
}

/** Articles that translate each other (one translation group, migration 016). */
export interface TranslationRepository {
  /** The article's translations that readers may see by `now` (not the article itself). */
  /** Its published translations; `group`, when the caller has read it already, saves looking it up (null: none, no query). */
  publishedTranslations(articleId: number, now: string, group?: number | null): Promise<ArticleSummary[]>;
  /** Every translation of each article, in any status, by article id (sitemaps filter them). */
  translationsOfMany(articleIds: number[]): Promise<Map<number, ArticleSummary[]>>;
  /** The article's group, itself included, in any status; empty when it has none. */
  members(articleId: number): Promise<ArticleSummary[]>;
  /** Puts both articles (and their groups' members) in one group; returns the group's ids. */
  linkTranslation(articleId: number, otherId: number): Promise<number[]>;
  /** Takes the article out of its group; returns the ids the group had. */
  unlinkTranslation(articleId: number): Promise<number[]>;
}

/** An article as admin lists show it. */
export interface AdminArticleRow extends ArticleSummary, ArticleEditorial {}

/** Filters for admin lists of articles. */
/** An Admin API filter with its slugs looked up: what the store applies over articles in any status. */
export type AdminFilter =
  | { kind: 'and' | 'or'; of: AdminFilter[] }
  /** Carries one of these tags or sits in one of these sections (negated: none of them); empty matches nothing. */
  | { kind: 'tags'; tagIds: number[]; sectionIds: number[]; negate: boolean }
  /** One of these authors is on the byline (negated: none of them). */
  | { kind: 'authors'; ids: number[]; negate: boolean }
  /** Pinned (`featured`) or not. */
  | { kind: 'featured'; value: boolean }
  | { kind: 'status'; values: ArticleStatus[]; negate: boolean }
  | { kind: 'slugs'; values: string[]; negate: boolean }
  | { kind: 'ids'; ids: number[]; negate: boolean }
  | { kind: 'published'; op: '<' | '<=' | '>' | '>='; value: string };

export interface AdminArticleQuery {
  /** Articles unless told otherwise (the Admin API lists pages too). */
  kind?: ArticleKind;
  status?: ArticleStatus;
  /** Only articles owned by, or bylined to, this account. */
  own?: { userId: number; authorId: number | null };
  /** Only articles with citation errors or warnings. */
  withLintFindings?: boolean;
  /** Only articles the Admin API's `filter` matches. */
  filter?: AdminFilter | null;
  limit: number;
  offset: number;
}

/** The editorial side of articles: versions, featured image, SEO fields, lint counts. */
export interface EditorialRepository {
  findArticle(id: number): Promise<Article | null>;
  find(articleId: number): Promise<ArticleEditorial | null>;
  set(articleId: number, fields: Partial<Omit<ArticleEditorial, 'version' | 'lintErrors' | 'lintWarnings'>>): Promise<void>;
  setLintCounts(articleId: number, errors: number, warnings: number): Promise<void>;
  /**
   * True when the article is still at `expected`; the no-op write also locks the row
   * (PostgreSQL), so of two concurrent saves from the same version only one passes.
   */
  holdVersion(articleId: number, expected: number): Promise<boolean>;
  /** Sets `updated_at` without a new version (a correction was appended). */
  touch(articleId: number, updatedAt: string): Promise<void>;
  list(query: AdminArticleQuery): Promise<AdminArticleRow[]>;
  count(query: Omit<AdminArticleQuery, 'limit' | 'offset'>): Promise<number>;
}

/** Saved states of articles. */
export interface RevisionRepository {
  insert(revision: Omit<Revision, 'id' | 'userName'>): Promise<number>;
  list(articleId: number): Promise<Revision[]>;
  find(id: number): Promise<Revision | null>;
}

/** Public corrections and updates. */
export interface CorrectionRepository {
  insert(correction: Omit<Correction, 'id'>): Promise<number>;
  listFor(articleId: number): Promise<Correction[]>;
  /**
   * Corrections and updates of published articles, newest first (by date, then id), before
   * the `before` cursor (null: from the newest), at most `limit`, each with its article.
   */
  published(before: CorrectionCursor | null, limit: number, now: string): Promise<PublishedCorrection[]>;
}

/** Where a page of the corrections log starts: after the correction with this date and id. */
export interface CorrectionCursor {
  date: string;
  id: number;
}

/** A correction and the published article it corrects. */
export interface PublishedCorrection {
  correction: Correction;
  article: { id: number; slug: string; title: string; kind: ArticleKind; publishedAt: string | null; createdAt: string; sectionId: number | null };
}
