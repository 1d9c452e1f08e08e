import { z } from 'zod';

/** How new comments are held: every one, a first-time commenter's, or none. */
export type CommentModeration = 'first-time' | 'all' | 'none';

/** Comment settings (WordPress's defaults where it has one). */
export interface CommentSettings {
  /** Site-wide switch; when off no article takes new comments. */
  commentsEnabled: boolean;
  /** Comments close this many days after publication; 0 means never. */
  commentsCloseAfterDays: number;
  /** Replies nest up to this depth (1 = no replies). */
  commentThreadDepth: number;
  /** Order of top-level comments; replies always read oldest first. */
  commentOrder: 'oldest' | 'newest';
  /** Top-level comments per page of a thread. */
  commentsPerPage: number;
  commentModeration: CommentModeration;
  /** A comment with more links than this is held. */
  commentMaxLinks: number;
  /** A comment containing any of these (in name, email, website or text) is spam. */
  commentDisallowedWords: string[];
  /** A form sent back sooner than this after it was shown is taken for a bot's. */
  commentMinFillSeconds: number;
  /** Comment attempts allowed per IP address per minute. */
  commentRateLimitPerMinute: number;
  /** Addresses told about every new comment, besides the article's authors. */
  moderatorEmails: string[];
}

/** The zod shape of the comment settings, merged into the site settings schema. */
export const commentSettingsShape = {
  commentsEnabled: z.boolean().default(true),
  commentsCloseAfterDays: z.coerce.number().int().min(0).max(36500).default(0),
  commentThreadDepth: z.coerce.number().int().min(1).max(10).default(5),
  commentOrder: z.enum(['oldest', 'newest']).default('oldest'),
  commentsPerPage: z.coerce.number().int().min(1).max(500).default(50),
  commentModeration: z.enum(['first-time', 'all', 'none']).default('first-time'),
  commentMaxLinks: z.coerce.number().int().min(0).max(100).default(2),
  commentDisallowedWords: z.array(z.string().max(200)).max(5000).default([]),
  commentMinFillSeconds: z.coerce.number().min(0).max(3600).default(3),
  commentRateLimitPerMinute: z.coerce.number().int().min(1).max(1000).default(5),
  moderatorEmails: z.array(z.email()).max(50).default([]),
};
