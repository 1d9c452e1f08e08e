import { hasRole, type Actor, type Policy } from './policy.js';

/** Uploading images: authors and up (contributors cannot, as in WordPress). */
export const mayUploadMedia: Policy = (actor) => hasRole(actor, 'administrator', 'editor', 'author');

/** What a decision about one image needs to know: who uploaded it. */
export interface MediaResource {
  userId: number | null;
}

/** Changing an image (its alt text): administrators and editors any image, authors only their own uploads (as in WordPress). */
export function canEditMedia(actor: Actor, media: MediaResource): boolean {
  if (hasRole(actor, 'administrator', 'editor')) return true;
  return actor.kind === 'user' && actor.role === 'author' && media.userId === actor.id;
}
