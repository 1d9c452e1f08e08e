import type { CommentSettings } from './comment-settings.js';

/** Why an article takes no new comments. */
export type CommentsClosedReason = 'disabled' | 'article' | 'expired';

const DAY_MS = 86_400_000;

/**
 * Whether an article takes new comments now: null when it does, else why not (comments
 * off site-wide, off for this article, or older than the closing age).
 */
export function commentsClosedReason(
  article: { publishedAt: string | null; commentsOpen: boolean },
  settings: Pick<CommentSettings, 'commentsEnabled' | 'commentsCloseAfterDays'>,
  now: Date,
): CommentsClosedReason | null {
  if (!settings.commentsEnabled) return 'disabled';
  if (!article.commentsOpen) return 'article';
  if (settings.commentsCloseAfterDays > 0 && article.publishedAt !== null) {
    const age = now.getTime() - Date.parse(article.publishedAt);
    if (age > settings.commentsCloseAfterDays * DAY_MS) return 'expired';
  }
  return null;
}
