import type { Article } from '../../domain/article.js';
import { articleEventOf } from '../../domain/webhooks.js';
import type { Repositories } from '../ports.js';
import { emitWebhookEvent } from './emit-event.js';
import { articleData } from './event-data.js';

/**
 * Tells subscribers what a change of an article meant for readers (published, updated while
 * live, unpublished), in the caller's transaction; nothing for drafts, scheduled ones and pages.
 * Call it while the article's authors and tags are still stored (before a delete).
 */
export async function announceArticleChange(repos: Repositories, now: Date, before: Article | null, after: Article | null): Promise<void> {
  const event = articleEventOf(before, after, now);
  const subject = after ?? before;
  if (!event || !subject) return;
  await emitWebhookEvent(repos, now, event, () => articleData(repos, subject));
}
