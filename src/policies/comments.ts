import { hasRole, type Policy } from './policy.js';

/** Anyone may leave a comment: moderation, not authorisation, decides what is shown. */
export const anyoneMayComment: Policy = () => true;

/** Moderating reader comments: administrators and editors, as in WordPress. */
export const mayModerateComments: Policy = (actor) => hasRole(actor, 'administrator', 'editor');
