import type { CommentView } from '../../presenters/comment-view-models.js';
import { DateTime } from './date-time.js';
import { useT } from '../locale-context.js';

function CommentItem(props: { comment: CommentView }) {
  const { comment } = props;
  const t = useT();
  return (
    <li id={comment.anchor} class={comment.pending ? 'comment comment-pending' : 'comment'}>
      <article class="comment-body" aria-label={t('comments.by', { name: comment.authorName })}>
        <header class="comment-meta">
          <span class="comment-author">
            {comment.authorUrl ? (
              <a href={comment.authorUrl} rel="nofollow ugc noopener external"><bdi>{comment.authorName}</bdi></a>
            ) : (
              <bdi>{comment.authorName}</bdi>
            )}
          </span>
          {comment.date ? <> · <a class="comment-permalink" href={`#${comment.anchor}`}><DateTime date={comment.date} /></a></> : null}
        </header>
        {comment.pending ? <p class="comment-awaiting">{t('comments.awaiting')}</p> : null}
        <div class="comment-content" dir="auto" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
        {comment.reply ? (
          <p class="comment-reply">
            <a href={comment.reply.href} rel="nofollow" aria-label={t('comments.replyTo', { name: comment.authorName })}>{t('comments.reply')}</a>
          </p>
        ) : null}
      </article>
      {comment.replies.length > 0 ? <CommentList comments={comment.replies} nested /> : null}
    </li>
  );
}

/** A thread of comments, replies nested as lists inside their parents. */
export function CommentList(props: { comments: CommentView[]; nested?: boolean }) {
  return (
    <ol class={props.nested ? 'comment-list comment-replies' : 'comment-list'}>
      {props.comments.map((comment) => <CommentItem comment={comment} />)}
    </ol>
  );
}
