import type { Readable } from 'node:stream';
import type { Article, ArticleStatus, ArticleSummary } from '../../domain/article.js';
import type { ArticleEditorial, Correction, Revision } from '../../domain/editorial.js';
import type { Media } from '../../domain/media.js';
import type { Author, Redirect, Tag } from '../../domain/people.js';
import type { SectionPlacement } from '../../domain/section-moves.js';
import type { Role, User } from '../../domain/user.js';

/** A user with the hash of their password, as stored. */
export interface UserRecord extends User {
  passwordHash: string;
}

/** Admin accounts. */
export interface UserRepository {
  count(): Promise<number>;
  list(): Promise<User[]>;
  findById(id: number): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  insert(user: Omit<UserRecord, 'id' | 'createdAt'>, now: string): Promise<number>;
  update(id: number, fields: { name: string; role: Role; authorId: number | null }, now: string): Promise<void>;
  setPassword(id: number, passwordHash: string, now: string): Promise<void>;
}

/** A signed-in session; `id` is the SHA-256 of the cookie's token. */
export interface SessionRecord {
  id: string;
  userId: number;
  csrfToken: string;
  ipHash: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** Sessions, in the database so that every web process sees the same ones. */
export interface SessionRepository {
  insert(session: SessionRecord): Promise<void>;
  find(id: string): Promise<SessionRecord | null>;
  touch(id: string, lastSeenAt: string, expiresAt: string): Promise<void>;
  delete(id: string): Promise<void>;
  deleteForUser(userId: number): Promise<void>;
  deleteExpired(now: string): Promise<void>;
}

/** Failed sign-ins, per account (hashed email) and per address (hashed IP). */
export interface LoginFailureRepository {
  record(scope: 'account' | 'ip', key: string, at: string): Promise<void>;
  since(scope: 'account' | 'ip', key: string, since: string): Promise<string[]>;
  clear(scope: 'account' | 'ip', key: string): Promise<void>;
  prune(before: string): Promise<void>;
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
}

/** Uploaded images. */
export interface MediaRepository {
  insert(media: Omit<Media, 'id'>): Promise<number>;
  findById(id: number): Promise<Media | null>;
  findBySha256(sha256: string): Promise<Media | null>;
  list(limit: number, offset: number): Promise<Media[]>;
  count(): Promise<number>;
  setAlt(id: number, alt: string): Promise<void>;
}

/** An article as admin lists show it. */
export interface AdminArticleRow extends ArticleSummary, ArticleEditorial {}

/** Filters for admin lists of articles. */
export interface AdminArticleQuery {
  status?: ArticleStatus;
  /** Only articles owned by, or bylined to, this account. */
  own?: { userId: number; authorId: number | null };
  /** Only articles with citation errors or warnings. */
  withLintFindings?: boolean;
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

/** What the structure screens change beyond creating things. */
export interface StructureAdminRepository {
  placeSections(placements: SectionPlacement[]): Promise<void>;
  updateSection(id: number, fields: { name: string; slug: string; description: string }): Promise<void>;
  allTags(): Promise<Tag[]>;
  updateTag(id: number, fields: { name: string; slug: string }): Promise<void>;
  allAuthors(): Promise<Array<Author & { avatarMediaId: number | null }>>;
  updateAuthor(id: number, fields: { name: string; bio: string; avatarMediaId: number | null }): Promise<void>;
  allRedirects(): Promise<Redirect[]>;
  deleteRedirect(fromPath: string): Promise<void>;
}

/** Where uploaded files live (a folder on disk; object storage later). */
export interface MediaFiles {
  write(name: string, bytes: Buffer): Promise<void>;
  /** A stream of a stored file, or null when there is none. */
  open(name: string): Promise<{ stream: Readable; size: number } | null>;
}

/** What an image is, read from its bytes. */
export interface ImageInfo {
  format: string;
  width: number;
  height: number;
}

/** Reads and resizes images (sharp). */
export interface ImageProcessor {
  /** The format and size the bytes show, or null when they are not an image. */
  inspect(bytes: Buffer): Promise<ImageInfo | null>;
  resize(bytes: Buffer, width: number, format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif'): Promise<{ data: Buffer; width: number; height: number }>;
}

/** Link-check figures for the dashboard. */
export interface LinkHealthSummary {
  checked: number;
  broken: number;
  lastCheckedAt: string | null;
}

/**
 * Figures other modules provide to the dashboard. Until reader comments and the link
 * checker exist, they report 0 pending comments and no link checks.
 */
export interface DashboardSources {
  pendingComments(): Promise<number>;
  linkHealth(): Promise<LinkHealthSummary | null>;
}
