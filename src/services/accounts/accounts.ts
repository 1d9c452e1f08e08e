import { conflict, forbidden, invalid, m } from '../../domain/errors.js';
import { checkName, checkPassword, normalizeEmail, parseRole, type Role, type User } from '../../domain/user.js';
import type { Clock, Repositories, Store } from '../ports.js';
import { hashPassword } from './passwords.js';
import { parseAdminLanguage } from '../../domain/admin-language.js';

/** What creating an account needs. */
export interface NewUserInput {
  email: string;
  name: string;
  role: string;
  password: string;
  /** Slug of the author page the user writes as. */
  authorSlug?: string | null;
  /** The language they read the admin in; empty or absent follows the site's. */
  adminLanguage?: string | null;
}

async function authorIdFor(repos: Repositories, slug: string | null | undefined): Promise<number | null> {
  if (!slug) return null;
  const author = await repos.authors.findBySlug(slug);
  if (!author) throw invalid(m`There is no author "${slug}".`, 'author');
  return author.id;
}

async function insertUser(repos: Repositories, clock: Clock, input: NewUserInput, role: Role): Promise<number> {
  const email = normalizeEmail(input.email);
  const name = checkName(input.name);
  const password = checkPassword(input.password);
  const adminLanguage = parseAdminLanguage(input.adminLanguage);
  if (await repos.users.findByEmail(email)) throw conflict(m`There is already an account for ${email}.`, 'email');
  const authorId = await authorIdFor(repos, input.authorSlug);
  return repos.users.insert({ email, name, role, passwordHash: await hashPassword(password), authorId, adminLanguage }, clock().toISOString());
}

/** Whether the first-run page should offer to create the administrator. */
export async function needsSetup(store: Store): Promise<boolean> {
  return (await store.repos.users.count()) === 0;
}

/** Creates the first administrator; refused once any account exists. */
export async function setupAdministrator(store: Store, clock: Clock, input: Omit<NewUserInput, 'role'>): Promise<number> {
  // Validated and hashed outside the transaction: hashing is slow and holds no lock.
  normalizeEmail(input.email);
  checkName(input.name);
  checkPassword(input.password);
  return store.transaction(async (repos) => {
    if ((await repos.users.count()) > 0) throw forbidden(m`This site already has an administrator. Sign in instead.`);
    return insertUser(repos, clock, { ...input, role: 'administrator' }, 'administrator');
  });
}

/** Adds an account with a role. */
export async function addUser(store: Store, clock: Clock, input: NewUserInput): Promise<number> {
  const role = parseRole(input.role);
  return store.transaction((repos) => insertUser(repos, clock, input, role));
}

/** Sets a user's password (found by email) and signs them out everywhere. */
export async function setPassword(store: Store, clock: Clock, input: { email: string; password: string }): Promise<void> {
  const email = normalizeEmail(input.email);
  const hash = await hashPassword(checkPassword(input.password));
  await store.transaction(async (repos) => {
    const user = await repos.users.findByEmail(email);
    if (!user) throw invalid(m`There is no account for ${email}.`, 'email');
    await repos.users.setPassword(user.id, hash, clock().toISOString());
    await repos.sessions.deleteForUser(user.id);
  });
}

/** Changes a user's name, role, author page and (when given) admin language; the last administrator keeps the role. */
export async function updateUser(store: Store, clock: Clock, input: { id: number; name: string; role: string; authorSlug?: string | null; adminLanguage?: string }): Promise<void> {
  const role = parseRole(input.role);
  const name = checkName(input.name);
  const adminLanguage = input.adminLanguage === undefined ? undefined : parseAdminLanguage(input.adminLanguage);
  await store.transaction(async (repos) => {
    const user = await repos.users.findById(input.id);
    if (!user) throw invalid(m`There is no such account.`, 'user');
    if (user.role === 'administrator' && role !== 'administrator') {
      const admins = (await repos.users.list()).filter((u) => u.role === 'administrator');
      if (admins.length <= 1) throw invalid(m`The site needs at least one administrator: make someone else administrator first.`, 'role');
    }
    await repos.users.update(user.id, { name, role, authorId: await authorIdFor(repos, input.authorSlug), adminLanguage }, clock().toISOString());
  });
}

/** Every account, without password hashes. */
export function listUsers(store: Store): Promise<User[]> {
  return store.repos.users.list();
}
