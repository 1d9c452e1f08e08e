// Ports of reader comments and the mail their notifications go out by.
import type { ArticleSummary } from '../../domain/article.js';
import type { Comment, CommentStatus, PublicComment } from '../../domain/comment.js';

/** A comment to store. */
export interface NewComment extends Omit<Comment, 'id'> {
  /** Salted hash of the sender's IP address; the address itself is never stored. */
  ipHash: string;
  /** Hash of the sender's browser token, so they alone see it while it is pending. */
  authorTokenHash: string | null;
}

/** A comment with the slug of its article, for moderators. */
export interface CommentListing extends Comment {
  articleSlug: string;
}

/** An approved comment with what a feed needs of its article. */
export interface FeedComment extends PublicComment {
  article: Pick<ArticleSummary, 'slug' | 'title' | 'kind' | 'publishedAt' | 'createdAt' | 'sectionId'>;
}

/** Reader comments and the per-article comment switch. */
export interface CommentRepository {
  insert(comment: NewComment): Promise<number>;
  findById(id: number): Promise<Comment | null>;
  /** A comment with what a notification needs of its article. */
  findWithArticle(id: number): Promise<{ comment: Comment; article: FeedComment['article'] } | null>;
  /** An article's approved comments, plus the pending ones sent with `authorTokenHash`; no emails. */
  visibleOn(articleId: number, authorTokenHash: string | null): Promise<PublicComment[]>;
  /** How many approved comments each article has (articles without any are absent). */
  countApproved(articleIds: number[]): Promise<Map<number, number>>;
  /** Whether this (lower-cased) email has an approved comment anywhere on the site. */
  hasApproved(email: string): Promise<boolean>;
  /** Sets the status of the comments; returns the ids that exist. */
  setStatus(ids: number[], status: CommentStatus, now: string): Promise<number[]>;
  /** Newest first. */
  list(filter: { status?: CommentStatus; limit: number }): Promise<CommentListing[]>;
  /** Newest approved comments on published articles (on one article when given). */
  latestApproved(filter: { articleId?: number; now: string; limit: number }): Promise<FeedComment[]>;
  /** Whether the article takes comments (its own switch; settings may still close it). */
  isOpen(articleId: number): Promise<boolean>;
  setOpen(articleId: number, open: boolean): Promise<void>;
  /** Emails of the article's authors that have one, in byline order. */
  authorEmails(articleId: number): Promise<string[]>;
}

/** An email to send. */
export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  replyTo?: string;
}

/** Sends email (SMTP in production); throwing fails the job that sends, which is retried. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
