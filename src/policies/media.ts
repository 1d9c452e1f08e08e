import { hasRole, type Policy } from './policy.js';

/** Uploading images: authors and up (contributors cannot, as in WordPress). */
export const mayUploadMedia: Policy = (actor) => hasRole(actor, 'administrator', 'editor', 'author');
