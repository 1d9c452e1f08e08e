import type { CommentView } from '../../presenters/comment-view-models.js';
import { DateTime } from './date-time.js';

function CommentItem(props: { comment: CommentView }) {
  const { comment } = props;
  return (
    <li id={comment.anchor} class={comment.pending ? 'comment comment-pending' : 'comment'}>
      <article class="comment-body" aria-label={`Comment by ${comment.authorName}`}>
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
        {comment.pending ? <p class="comment-awaiting">Your comment is awaiting moderation.</p> : null}
        <div class="comment-content" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
        {comment.reply ? (
          <p class="comment-reply">
            <a href={comment.reply.href} rel="nofollow">Reply<span class="visually-hidden"> to <bdi>{comment.authorName}</bdi></span></a>
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
