import type { Clock, Store } from '../ports.js';
import { addUser, listUsers, needsSetup, setPassword, setupAdministrator, updateUser, type NewUserInput } from './accounts.js';
import { resolveSession, signIn, signOut } from './sign-in.js';
import { findAccount, setAdminLanguage, type AccountRef } from './admin-language.js';

/** Admin accounts and sign-in, bound to one store and clock. */
export function createAccountServices(store: Store, clock: Clock) {
  return {
    needsSetup: () => needsSetup(store),
    setup: (input: Omit<NewUserInput, 'role'>) => setupAdministrator(store, clock, input),
    add: (input: NewUserInput) => addUser(store, clock, input),
    setPassword: (input: { email: string; password: string }) => setPassword(store, clock, input),
    update: (input: Parameters<typeof updateUser>[2]) => updateUser(store, clock, input),
    list: () => listUsers(store),
    /** One account (no password hash), or null. */
    account: (id: number) => findAccount(store, id),
    /** An account's admin language: one of the admin's languages, or empty / `site` for the site's. */
    setAdminLanguage: (input: { account: AccountRef; language: string }) => setAdminLanguage(store, clock, input),
    /** Accounts and the author pages they can be linked to, for the users screen. */
    overview: async () => ({ users: await listUsers(store), authors: await store.repos.structureAdmin.allAuthors() }),
    signIn: (input: { email: string; password: string; ip: string }) => signIn(store, clock, input),
    resolve: (token: string) => resolveSession(store, clock, token),
    signOut: (token: string) => signOut(store, token),
  };
}

/** The account services. */
export type AccountServices = ReturnType<typeof createAccountServices>;
