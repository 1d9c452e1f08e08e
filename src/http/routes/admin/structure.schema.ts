import { z } from 'zod';
import { optionalRowId } from '../../route-values.js';

const name = z.string().trim().min(1, 'Enter a name.').max(200, 'The name is too long (200 characters at most).');
const slug = z.string().trim().min(1, 'Enter a slug.').max(200, 'The slug is too long.');
const optionalId = optionalRowId();

/** Adding or editing a section. */
export const sectionSchema = z.object({ name, slug, description: z.string().max(1000).optional().default(''), parent: optionalId });
/** Moving a section with the buttons. */
export const moveSchema = z.object({ move: z.enum(['up', 'down', 'indent', 'outdent'], 'Choose a move.') });
/** Adding or renaming a tag. */
export const tagSchema = z.object({ name, slug });
/** Adding an author. */
export const newAuthorSchema = z.object({ name, slug, bio: z.string().max(5000).optional().default('') });
/** Editing an author. */
export const authorSchema = z.object({ name, bio: z.string().max(5000).optional().default(''), avatar: optionalId, fediverse: z.string().max(300).optional().default('') });
/** Adding a redirect. */
export const redirectSchema = z.object({
  fromPath: z.string().trim().min(1, 'Enter the old path.'),
  toPath: z.string().trim().min(1, 'Enter where it should go.'),
  statusCode: z.enum(['301', '302', '307', '308']).optional().default('301'),
});
/** Removing a redirect. */
export const deleteRedirectSchema = z.object({ fromPath: z.string().min(1) });
/** Deleting a section, tag or author: the box ticked, and for an author who takes over their articles (a slug, or none). */
export const deleteSchema = z.object({
  confirm: z.literal('yes', 'Tick the box to confirm the deletion.'),
  reassign: z.string().trim().max(200).optional().transform((raw) => (raw ? raw : null)),
});
