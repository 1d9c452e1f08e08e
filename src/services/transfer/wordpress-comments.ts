import { mapWxrComment } from '../../importers/wordpress/map-comment.js';
import type { WxrItem } from '../../importers/wordpress/wxr-types.js';
import { hashIp, type CommentKeys } from '../comments/comment-keys.js';
import type { createSummary } from './import-summary.js';
import type { ThreadedComment } from './comment-threads.js';
import type { renderCommentBody as renderCommentBodyType } from '../../content/comment-body.js';

type Summary = ReturnType<typeof createSummary>;
type RenderCommentBody = typeof renderCommentBodyType;

let commentBody: Promise<RenderCommentBody> | undefined;
/** The comment renderer, loaded once on first use. */
export const loadCommentRenderer = () => (commentBody ??= import('../../content/comment-body.js').then((m) => m.renderCommentBody));

/**
 * A post's comments to import, threaded: parents (lower WordPress ids) before replies; a
 * reply whose parent is missing from the file becomes a top-level comment, with a warning.
 * The sender's IP is stored only as a salted hash, as for new comments.
 */
export function wordpressComments(
  renderCommentBody: RenderCommentBody,
  keys: CommentKeys,
  articleId: number,
  item: WxrItem,
  where: string,
  summary: Summary,
): ThreadedComment[] {
  const ordered = [...item.comments].sort((a, b) => Number(a.id) - Number(b.id));
  const fallbackDate = new Date().toISOString();
  const out: ThreadedComment[] = [];
  for (const raw of ordered) {
    const mapped = mapWxrComment(raw, fallbackDate);
    if ('skip' in mapped) {
      const file = where.slice(0, where.lastIndexOf(':'));
      summary.warnings.push(`${raw.line ? `${file}:${raw.line}` : where}: comment ${raw.id} on "${item.title}" skipped: ${mapped.skip}.`);
      summary.count('comments', 'skipped');
      continue;
    }
    const key = `${item.postId}:${mapped.externalId}`;
    const parentKey = mapped.parentExternalId ? `${item.postId}:${mapped.parentExternalId}` : null;
    out.push({
      key,
      ref: key,
      parentRef: parentKey,
      ...(parentKey ? { parentKey } : {}),
      comment: {
        articleId,
        authorName: mapped.authorName,
        authorEmail: mapped.authorEmail,
        authorUrl: mapped.authorUrl,
        body: mapped.body,
        bodyHtml: renderCommentBody(mapped.body),
        status: mapped.status,
        createdAt: mapped.createdAt,
        ipHash: mapped.ip ? hashIp(keys, mapped.ip) : '',
        authorTokenHash: null,
      },
      onOrphan: () => summary.warnings.push(`${where}: comment ${mapped.externalId} by ${mapped.authorName} replies to comment ${mapped.parentExternalId}, which is not in the file; it is imported at the top of the thread.`),
    });
  }
  return out;
}
