import { notFound } from '../domain/errors.js';
import { parsePageNumber } from '../domain/pagination.js';

/** The `?page=` of a list request; a malformed one is a page that does not exist (404). */
export function requestedPage(query: unknown): number {
  const raw = (query as Record<string, unknown> | undefined)?.['page'];
  const page = parsePageNumber(raw);
  if (page === null) throw notFound(`There is no page "${String(raw)}".`);
  return page;
}
