import { mapWxrComment, type MappedComment } from '../../importers/wordpress/map-comment.js';
import type { WxrItem } from '../../importers/wordpress/wxr-types.js';
import { hashIp, type CommentKeys } from '../comments/comment-keys.js';
import type { Repositories } from '../ports.js';
import type { createSummary } from './import-summary.js';

type Summary = ReturnType<typeof createSummary>;

/**
 * Imports a post's comments, threaded: parents (lower WordPress ids) before replies; a reply
 * whose parent is missing from the file becomes a top-level comment, with a warning. The
 * sender's IP is stored only as a salted hash, as for new comments.
 */
export async function importComments(
  repos: Repositories,
  keys: CommentKeys,
  source: string,
  articleId: number,
  item: WxrItem,
  where: string,
  summary: Summary,
): Promise<void> {
  const { renderCommentBody } = await import('../../content/comment-body.js');
  const ordered = [...item.comments].sort((a, b) => Number(a.id) - Number(b.id));
  const localIds = new Map<string, number>();
  const fallbackDate = new Date().toISOString();
  for (const raw of ordered) {
    const mapped = mapWxrComment(raw, fallbackDate);
    if ('skip' in mapped) {
      summary.count('comments', 'skipped');
      continue;
    }
    const key = `${item.postId}:${mapped.externalId}`;
    const known = await repos.importSources.find(source, 'comment', key);
    if (known) {
      localIds.set(mapped.externalId, known.localId);
      summary.count('comments', 'skipped');
      continue;
    }
    const parentId = await parentOf(repos, source, item.postId, mapped, localIds);
    if (mapped.parentExternalId && parentId === null) {
      summary.warnings.push(`${where}: comment ${mapped.externalId} by ${mapped.authorName} replies to comment ${mapped.parentExternalId}, which is not in the file; it is imported at the top of the thread.`);
    }
    const id = await repos.comments.insert({
      articleId,
      parentId,
      authorName: mapped.authorName,
      authorEmail: mapped.authorEmail,
      authorUrl: mapped.authorUrl,
      body: mapped.body,
      bodyHtml: renderCommentBody(mapped.body),
      status: mapped.status,
      createdAt: mapped.createdAt,
      ipHash: mapped.ip ? hashIp(keys, mapped.ip) : '',
      authorTokenHash: null,
    });
    localIds.set(mapped.externalId, id);
    await repos.importSources.save(source, 'comment', key, { localId: id, checksum: '' }, mapped.createdAt);
    summary.count('comments', 'created');
  }
}

async function parentOf(repos: Repositories, source: string, postId: string, comment: MappedComment, localIds: Map<string, number>): Promise<number | null> {
  if (!comment.parentExternalId) return null;
  const local = localIds.get(comment.parentExternalId);
  if (local !== undefined) return local;
  return (await repos.importSources.find(source, 'comment', `${postId}:${comment.parentExternalId}`))?.localId ?? null;
}
