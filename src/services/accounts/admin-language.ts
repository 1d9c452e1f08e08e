import { parseAdminLanguage, type AdminLanguage } from '../../domain/admin-language.js';
import { invalid, m } from '../../domain/errors.js';
import { normalizeEmail, type User } from '../../domain/user.js';
import type { Clock, Store } from '../ports.js';

/** An account without its password hash, or null when there is none with that id. */
export async function findAccount(store: Store, id: number): Promise<User | null> {
  const found = await store.repos.users.findById(id);
  if (!found) return null;
  const { passwordHash: _hash, ...user } = found;
  return user;
}

/** Whose admin language to set: an account's id (the signed-in user, an administrator's pick) or its email (the CLI). */
export type AccountRef = { id: number } | { email: string };

/**
 * Sets the language an account reads the admin in; `language` is one of the admin's
 * languages, or empty / `site` to follow the site's. Bad input is refused before anything is written.
 */
export async function setAdminLanguage(store: Store, clock: Clock, input: { account: AccountRef; language: string }): Promise<AdminLanguage | null> {
  const language = parseAdminLanguage(input.language);
  const email = 'email' in input.account ? normalizeEmail(input.account.email) : null;
  return store.transaction(async (repos) => {
    const user = 'id' in input.account ? await repos.users.findById(input.account.id) : await repos.users.findByEmail(email!);
    if (!user) throw invalid(email ? m`No account has the email ${email}.` : m`This account no longer exists.`, email ? 'email' : 'user');
    await repos.users.setAdminLanguage(user.id, language, clock().toISOString());
    return language;
  });
}
