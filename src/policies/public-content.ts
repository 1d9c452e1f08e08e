import type { Policy } from './policy.js';

/** Published content, feeds and assets: anyone may read them. */
export const anyoneMayRead: Policy = () => true;
