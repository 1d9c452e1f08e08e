import { notFound } from '../domain/errors.js';
import { parsePageNumber } from '../domain/pagination.js';

/** The `?page=` of a list request; a malformed one is a page that does not exist (404). */
export function requestedPage(query: unknown): number {
  const raw = (query as Record<string, unknown> | undefined)?.['page'];
  const page = parsePageNumber(raw);
  if (page === null) throw notFound(`There is no page "${String(raw)}".`);
  return page;
}

/** The `?cpage=` of an article (its page of comments); malformed is a page that does not exist (404). */
export function requestedCommentPage(query: unknown): number {
  const raw = (query as Record<string, unknown> | undefined)?.['cpage'];
  const page = parsePageNumber(raw);
  if (page === null) throw notFound(`There is no comment page "${String(raw)}".`);
  return page;
}

/** The `?replyto=` comment id of a no-JavaScript reply link; anything else is no reply. */
export function requestedReply(query: unknown): number | null {
  const raw = (query as Record<string, unknown> | undefined)?.['replyto'];
  return typeof raw === 'string' && /^\d{1,12}$/.test(raw) ? Number(raw) : null;
}
