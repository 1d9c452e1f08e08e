import type { CommentStatus } from '../../domain/comment.js';
import { parseWebsite } from '../../domain/comment-input.js';
import { normalizeLine, normalizeText } from '../../domain/comment.js';
import { htmlToText } from '../html/html-to-text.js';
import { wordpressDate } from './map-item.js';
import type { WxrComment } from './wxr-types.js';

/** A WordPress comment mapped to what Dossier stores. */
export interface MappedComment {
  externalId: string;
  /** The parent's WordPress id, or null at the top of the thread. */
  parentExternalId: string | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  body: string;
  status: CommentStatus;
  createdAt: string;
  /** The sender's IP as exported; it is hashed before it is stored. */
  ip: string;
}

const STATUS: Record<string, CommentStatus> = { '1': 'approved', approve: 'approved', '0': 'pending', hold: 'pending', spam: 'spam', trash: 'trash', 'post-trashed': 'trash' };

/** Maps one comment; pingbacks, trackbacks and empty comments are skipped with the reason. */
export function mapWxrComment(comment: WxrComment, fallbackDate: string): MappedComment | { skip: string } {
  if (comment.type === 'pingback' || comment.type === 'trackback') return { skip: `a ${comment.type} (Dossier does not keep them)` };
  const body = normalizeText(htmlToText(comment.content)).trim();
  if (!body) return { skip: 'it has no text' };
  return {
    externalId: comment.id,
    parentExternalId: comment.parent && comment.parent !== '0' ? comment.parent : null,
    authorName: normalizeLine(comment.author).slice(0, 100) || 'Anonymous',
    authorEmail: normalizeLine(comment.authorEmail).toLowerCase().slice(0, 254),
    authorUrl: comment.authorUrl ? parseWebsite(normalizeLine(comment.authorUrl)) : null,
    body: body.slice(0, 10_000),
    status: STATUS[comment.approved] ?? 'pending',
    createdAt: wordpressDate(comment.dateGmt) ?? wordpressDate(comment.date) ?? fallbackDate,
    ip: comment.authorIp,
  };
}
