import { hasRole, type Policy } from './policy.js';

/** Sections, tags, authors and redirects: editors and administrators. */
export const mayManageStructure: Policy = (actor) => hasRole(actor, 'administrator', 'editor');
