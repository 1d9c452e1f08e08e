import type { CommentStatus } from '../../domain/comment.js';
import { commentSettingsShape, type CommentSettings } from '../../domain/comment-settings.js';
import { invalid, m } from '../../domain/errors.js';
import type { Clock, Store } from '../ports.js';
import type { Article } from '../../domain/article.js';
import { articleCommentFeed, articleCommentFeedOf, siteCommentFeed } from './comment-feed-data.js';
import { issueFormToken, type CommentKeyLoader } from './comment-keys.js';
import { locateComment } from './comment-location.js';
import { listComments, setArticleCommentsOpen, setCommentStatus } from './moderate-comments.js';
import { postComment, type PostCommentInput } from './post-comment.js';

/** How the comment system is set up for this process. */
export interface CommentServiceOptions {
  /** Whether new comments queue notification emails (true when SMTP is configured). */
  notify?: boolean;
}

/** Validates and stores comment settings; an unknown key or a bad value names itself. */
async function updateCommentSettings(store: Store, changes: Partial<CommentSettings>): Promise<void> {
  const entries: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(changes)) {
    const schema = commentSettingsShape[key as keyof CommentSettings];
    if (!schema) throw invalid(m`"${key}" is not a comment setting.`, key);
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw invalid(`${key}: ${parsed.error.issues[0]?.message ?? 'is invalid'}.`, key);
    entries.push([key, parsed.data]);
  }
  await store.transaction(async (repos) => {
    for (const [key, value] of entries) await repos.settings.set(key, value);
  });
}

/** The comment use cases, bound to one store, clock and set of keys. */
export function createCommentServices(store: Store, clock: Clock, keys: CommentKeyLoader, options: CommentServiceOptions = {}) {
  return {
    /** Takes a reader's comment (see postComment). */
    post: (input: PostCommentInput) => postComment(store, clock, { keys, notify: options.notify ?? false }, input),
    list: (filter: { status?: CommentStatus; limit?: number } = {}) => listComments(store, filter),
    setStatus: (ids: number[], status: CommentStatus) => setCommentStatus(store, clock, ids, status),
    setOpen: (articleSlug: string, open: boolean) => setArticleCommentsOpen(store, articleSlug, open),
    /** A signed comment form token issued now (a cached article page gets a fresh one per reader). */
    formToken: async (articleId: number) => issueFormToken(await keys(), articleId, clock()),
    /** The same without waiting, once the keys are loaded (null before). */
    formTokenNow: (articleId: number): string | null => {
      const loaded = keys.now();
      return loaded ? issueFormToken(loaded, articleId, clock()) : null;
    },
    /** Current address of a published comment. */
    locate: (id: number) => locateComment(store, clock, id),
    siteFeed: () => siteCommentFeed(store, clock),
    articleFeed: (articleSlug: string) => articleCommentFeed(store, clock, articleSlug),
    /** The same for an article already loaded (a published one: its page was just rendered). */
    articleFeedOf: (article: Article) => articleCommentFeedOf(store, clock, article),
    updateSettings: (changes: Partial<CommentSettings>) => updateCommentSettings(store, changes),
  };
}

/** The comment services. */
export type CommentServices = ReturnType<typeof createCommentServices>;
