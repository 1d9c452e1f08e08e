/** One page of a longer list. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

/**
 * Reads a `?page=` value: absent means 1; anything but a positive whole number is
 * null, which routes answer with 404 (a page that does not exist), never an error.
 */
export function parsePageNumber(raw: unknown): number | null {
  if (raw === undefined || raw === null || raw === '') return 1;
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,6}$/.test(raw)) return null;
  return Number(raw);
}

/** Row offset of a page. */
export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

/** Assembles a page; page 1 always exists, later pages only when they have items. */
export function toPage<T>(items: T[], page: number, pageSize: number, total: number): Page<T> | null {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (page > pageCount) return null;
  return { items, page, pageSize, total, pageCount };
}
