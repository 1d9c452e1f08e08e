import { composeCommentNotification } from '../../domain/comment-notification.js';
import { absoluteUrl, articlePath } from '../../domain/permalinks.js';
import { settingsFromEntries } from '../../domain/settings.js';
import type { JobHandler } from '../jobs/job-runner.js';
import type { Mailer } from './ports.js';
import type { Store } from '../ports.js';

/** What the comment jobs need from outside: a mailer (null when SMTP is not configured) and the site's URL. */
export interface CommentJobOptions {
  mailer: Mailer | null;
  siteUrl: string;
}

function commentIdOf(payload: unknown): number {
  const id = (payload as { commentId?: unknown } | null)?.commentId;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) throw new Error('A comment-notify job needs a numeric commentId.');
  return id;
}

/** Job kinds of the comment system: `comment-notify` emails a new comment to authors and moderators. */
export function commentJobHandlers(store: Store, options: CommentJobOptions): Record<string, JobHandler> {
  return {
    'comment-notify': async (payload) => {
      const found = await store.repos.comments.findWithArticle(commentIdOf(payload));
      // Trashed or marked as spam before the email went: nobody needs to hear of it.
      if (!found || found.comment.status === 'spam' || found.comment.status === 'trash') return;
      const { comment, article } = found;
      const [entries, authorEmails] = await Promise.all([store.repos.settings.all(), store.repos.comments.authorEmails(comment.articleId)]);
      const settings = settingsFromEntries(entries);
      const seen = new Set<string>();
      const to = [...authorEmails, ...settings.moderatorEmails].filter((email) => {
        const key = email.toLowerCase();
        return seen.has(key) ? false : (seen.add(key), true);
      });
      if (to.length === 0) return;
      if (!options.mailer) throw new Error('SMTP is not configured (set SMTP_HOST); cannot send comment notifications.');
      const url = absoluteUrl(options.siteUrl, comment.status === 'approved' ? `/comments/${comment.id}` : `${articlePath(article)}#comments`);
      const message = composeCommentNotification({ siteTitle: settings.title, articleTitle: article.title, url, comment });
      await options.mailer.send({ to, ...message });
    },
  };
}
