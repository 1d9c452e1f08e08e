import { z } from 'zod';
import { COMMENT_FORM_FIELDS as NAME } from '../../../presenters/comment-view-models.js';
import { parseRowId } from '../../../domain/row-id.js';
import { firstText } from '../../query-values.js';
import { rowId } from '../../route-values.js';

/**
 * The urlencoded comment form, by the names the view writes. Missing fields are empty (the
 * comment rules say what is required); an unreadable parent is no comment (0).
 */
export const commentFormSchema = z
  .object({
    [NAME.body]: firstText(),
    [NAME.name]: firstText(),
    [NAME.email]: firstText(),
    [NAME.website]: firstText(),
    [NAME.honeypot]: firstText(),
    [NAME.parent]: firstText(),
    [NAME.token]: firstText(),
    [NAME.remember]: firstText(),
  })
  .transform((form) => {
    const parent = form[NAME.parent].trim();
    return {
      values: {
        name: form[NAME.name],
        email: form[NAME.email],
        website: form[NAME.website],
        body: form[NAME.body],
        parent,
        remember: form[NAME.remember] !== '',
      },
      parentId: parent === '' ? null : (parseRowId(parent) ?? 0),
      honeypot: form[NAME.honeypot],
      token: form[NAME.token],
    };
  });

/** The comment form as posted. */
export type PostedCommentForm = z.infer<typeof commentFormSchema>;

/** `/comments/:id`: a comment's permanent address (anything but a whole number is no comment). */
export const commentIdSchema = z.object({ id: rowId });
