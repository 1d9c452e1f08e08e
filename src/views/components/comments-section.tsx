import type { CommentsSectionView } from '../../presenters/comment-view-models.js';
import { CommentForm } from './comment-form.js';
import { CommentList } from './comment-list.js';
import { useT } from '../locale-context.js';

/** Comments under an article: count, status line, thread, pages, form (or why it is closed), feed link. */
export function CommentsSection(props: { view: CommentsSectionView }) {
  const { view } = props;
  const p = view.idPrefix;
  const { pagination } = view;
  const t = useT();
  return (
    <section class="comments" id="comments" aria-labelledby={`${p}comments-heading`}>
      <h2 id={`${p}comments-heading`}>{view.count > 0 ? view.countLabel.replace(/^./, (c) => c.toLocaleUpperCase()) : t('comments.heading')}</h2>
      {view.notice ? <p class="comment-notice" role="status">{view.notice}</p> : null}
      {view.comments.length > 0 ? <CommentList comments={view.comments} /> : <p class="empty">{t('comments.empty')}</p>}
      {pagination.pageCount > 1 ? (
        <nav class="pagination" aria-label={t('comments.pages')}>
          {pagination.prev ? <a href={pagination.prev} rel="prev">{t('comments.previous')}</a> : <span />}
          <span class="pagination-status">{t('comments.pageOf', { page: pagination.page, pages: pagination.pageCount })}</span>
          {pagination.next ? <a href={pagination.next} rel="next">{t('comments.next')}</a> : <span />}
        </nav>
      ) : null}
      {view.form ? <CommentForm form={view.form} /> : <p class="comments-closed">{view.closedMessage}</p>}
      <p class="comments-feed"><a href={view.feedHref}>{t('comments.feed')}</a></p>
    </section>
  );
}
