import { hasRole, type Policy } from './policy.js';

/** Site settings: administrators only. */
export const mayChangeSettings: Policy = (actor) => hasRole(actor, 'administrator');
