import type { CommentsSectionView } from '../../presenters/comment-view-models.js';
import { CommentForm } from './comment-form.js';
import { CommentList } from './comment-list.js';

/** Comments under an article: count, status line, thread, pages, form (or why it is closed), feed link. */
export function CommentsSection(props: { view: CommentsSectionView }) {
  const { view } = props;
  const p = view.idPrefix;
  const { pagination } = view;
  return (
    <section class="comments" id="comments" aria-labelledby={`${p}comments-heading`}>
      <h2 id={`${p}comments-heading`}>{view.count > 0 ? view.countLabel.replace(/^./, (c) => c.toUpperCase()) : 'Comments'}</h2>
      {view.notice ? <p class="comment-notice" role="status">{view.notice}</p> : null}
      {view.comments.length > 0 ? <CommentList comments={view.comments} /> : <p class="empty">No comments yet.</p>}
      {pagination.pageCount > 1 ? (
        <nav class="pagination" aria-label="Comment pages">
          {pagination.prev ? <a href={pagination.prev} rel="prev">← Previous comments</a> : <span />}
          <span class="pagination-status">Comments page {pagination.page} of {pagination.pageCount}</span>
          {pagination.next ? <a href={pagination.next} rel="next">Next comments →</a> : <span />}
        </nav>
      ) : null}
      {view.form ? <CommentForm form={view.form} /> : <p class="comments-closed">{view.closedMessage}</p>}
      <p class="comments-feed"><a href={view.feedHref}>Comments feed (RSS)</a></p>
    </section>
  );
}
