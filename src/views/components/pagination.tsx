import type { PaginationView } from '../../presenters/view-models.js';

/** Newer/older links between pages of a list. */
export function Pagination(props: { pagination: PaginationView }) {
  const { pagination } = props;
  if (pagination.pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label="Pagination">
      {pagination.prev ? <a href={pagination.prev} rel="prev">← Newer</a> : <span />}
      <span class="pagination-status">Page {pagination.page} of {pagination.pageCount}</span>
      {pagination.next ? <a href={pagination.next} rel="next">Older →</a> : <span />}
    </nav>
  );
}
