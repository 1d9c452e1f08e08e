import { hasRole, type Policy } from './policy.js';

/** Accounts and roles: administrators only. */
export const mayManageUsers: Policy = (actor) => hasRole(actor, 'administrator');
