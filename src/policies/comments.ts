import type { Policy } from './policy.js';

/** Anyone may leave a comment: moderation, not authorisation, decides what is shown. */
export const anyoneMayComment: Policy = () => true;
