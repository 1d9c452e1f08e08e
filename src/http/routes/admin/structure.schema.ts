import { z } from 'zod';
import { m } from '../../../domain/errors.js';
import { schemaMessage } from '../../../domain/schema-messages.js';
import { optionalRowId } from '../../route-values.js';

const name = z.string().trim().min(1, schemaMessage(m`Enter a name.`)).max(200, schemaMessage(m`The name is too long (200 characters at most).`));
const slug = z.string().trim().min(1, schemaMessage(m`Enter a slug.`)).max(200, schemaMessage(m`The slug is too long.`));
const optionalId = optionalRowId();

/** Adding or editing a section. */
export const sectionSchema = z.object({ name, slug, description: z.string().max(1000).optional().default(''), parent: optionalId });
/** Moving a section with the buttons. */
export const moveSchema = z.object({ move: z.enum(['up', 'down', 'indent', 'outdent'], schemaMessage(m`Choose a move.`)) });
/** Adding or renaming a tag. */
export const tagSchema = z.object({ name, slug });
/** Adding an author. */
export const newAuthorSchema = z.object({ name, slug, bio: z.string().max(5000).optional().default('') });
/** Editing an author. */
export const authorSchema = z.object({ name, bio: z.string().max(5000).optional().default(''), avatar: optionalId, fediverse: z.string().max(300).optional().default('') });
/** Adding a redirect. */
export const redirectSchema = z.object({
  fromPath: z.string().trim().min(1, schemaMessage(m`Enter the old path.`)),
  toPath: z.string().trim().min(1, schemaMessage(m`Enter where it should go.`)),
  statusCode: z.enum(['301', '302', '307', '308']).optional().default('301'),
});
/** Removing a redirect. */
export const deleteRedirectSchema = z.object({ fromPath: z.string().min(1) });

/** A section's, tag's or author's translations: `name@fr`, `slug@fr`, `description@fr`, `bio@fr` for each other language. */
export const translationsSchema = z.object({ translationOf: z.string().optional() }).catchall(z.union([z.string().max(5000, schemaMessage(m`A translation is too long (5,000 characters at most).`)), z.array(z.string())]));

/** The entries of a translations form, by language (fields named `name@fr`…). */
export function translationEntries(values: Record<string, unknown>): Array<{ language: string; name?: string; slug?: string; description?: string; bio?: string }> {
  const byLanguage = new Map<string, Record<string, string>>();
  for (const [key, value] of Object.entries(values)) {
    const match = /^(name|slug|description|bio)@([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/.exec(key);
    if (!match || typeof value !== 'string') continue;
    const entry = byLanguage.get(match[2]!) ?? {};
    entry[match[1]!] = value;
    byLanguage.set(match[2]!, entry);
  }
  return [...byLanguage].map(([language, fields]) => ({ language, ...fields }));
}
/** Deleting a section, tag or author: the box ticked, and for an author who takes over their articles (a slug, or none). */
export const deleteSchema = z.object({
  confirm: z.literal('yes', 'Tick the box to confirm the deletion.'),
  reassign: z.string().trim().max(200).optional().transform((raw) => (raw ? raw : null)),
});
