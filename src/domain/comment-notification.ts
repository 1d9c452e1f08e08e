import type { Comment } from './comment.js';

/** An email about a new comment, before it has recipients. */
export interface CommentNotificationText {
  subject: string;
  text: string;
  replyTo: string;
}

/**
 * The email telling authors and moderators about a new comment: plain text, with the
 * comment, where to read it and the command that approves or trashes it.
 */
export function composeCommentNotification(input: {
  siteTitle: string;
  articleTitle: string;
  /** Absolute URL of the comment (or, while pending, of the article's comments). */
  url: string;
  comment: Comment;
}): CommentNotificationText {
  const { comment } = input;
  const pending = comment.status === 'pending';
  const subject = `[${input.siteTitle}] ${pending ? 'Please moderate' : 'New comment'}: “${input.articleTitle}”`;
  const lines = [
    `${pending ? 'A new comment is waiting for your approval' : 'A new comment was published'} on “${input.articleTitle}”.`,
    '',
    `Author: ${comment.authorName}`,
    `Email: ${comment.authorEmail}`,
    ...(comment.authorUrl ? [`Website: ${comment.authorUrl}`] : []),
    '',
    comment.body,
    '',
    `${pending ? 'Article' : 'Read it'}: ${input.url}`,
    '',
    pending ? `Approve it: dossier comments approve ${comment.id}` : `Unpublish it: dossier comments trash ${comment.id}`,
    `Mark it as spam: dossier comments spam ${comment.id}`,
  ];
  return { subject: subject.replace(/[\r\n]+/g, ' '), text: lines.join('\n'), replyTo: comment.authorEmail };
}
