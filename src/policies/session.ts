import type { Policy } from './policy.js';

/** Any signed-in account (the admin's own pages: dashboard, sign out, own articles). */
export const signedIn: Policy = (actor) => actor.kind === 'user';

/** The sign-in and first-run pages: anyone may try (the service decides). */
export const anyoneMaySignIn: Policy = () => true;
