import type { PaginationView } from '../../presenters/view-models.js';
import { useT } from '../locale-context.js';

/** Newer/older links between pages of a list. */
export function Pagination(props: { pagination: PaginationView }) {
  const { pagination } = props;
  const t = useT();
  if (pagination.pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={t('nav.pagination')}>
      {pagination.prev ? <a href={pagination.prev} rel="prev">{t('nav.newer')}</a> : <span />}
      <span class="pagination-status">{t('nav.pageOf', { page: pagination.page, pages: pagination.pageCount })}</span>
      {pagination.next ? <a href={pagination.next} rel="next">{t('nav.older')}</a> : <span />}
    </nav>
  );
}
