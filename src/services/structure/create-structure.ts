import { conflict, invalid, m } from '../../domain/errors.js';
import { isRedirectStatus, type Redirect } from '../../domain/people.js';
import { isValidSlug } from '../../domain/slug.js';
import type { Clock, Store } from '../ports.js';
import { refuseTranslatedSlug } from './translate-structure.js';

function requireSlug(slug: string, field = 'slug'): string {
  if (!isValidSlug(slug)) throw invalid(m`The slug "${slug}" is not valid: use lowercase letters, digits and single hyphens.`, field);
  return slug;
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw invalid(m`The name is empty.`, 'name');
  return trimmed;
}

/** A new section, placed under `parentSlug` when given. */
export async function createSection(
  store: Store,
  clock: Clock,
  input: { slug: string; name: string; description?: string; parentSlug?: string | null; position?: number },
): Promise<number> {
  requireSlug(input.slug);
  const name = requireName(input.name);
  return store.transaction(async (repos) => {
    const sections = await repos.sections.all();
    if (sections.some((s) => s.slug === input.slug)) throw conflict(m`A section "${input.slug}" already exists.`, 'slug');
    await refuseTranslatedSlug(repos, 'section', null, input.slug);
    let parentId: number | null = null;
    if (input.parentSlug) {
      const parent = sections.find((s) => s.slug === input.parentSlug);
      if (!parent) throw invalid(m`There is no parent section "${input.parentSlug}".`, 'parent');
      parentId = parent.id;
    }
    const position = input.position ?? sections.filter((s) => s.parentId === parentId).length;
    return repos.sections.insert({ slug: input.slug, name, description: input.description ?? '', parentId, position }, clock().toISOString());
  });
}

/** A new author. */
export async function createAuthor(store: Store, clock: Clock, input: { slug: string; name: string; bio?: string; email?: string | null }): Promise<number> {
  requireSlug(input.slug);
  const name = requireName(input.name);
  return store.transaction(async (repos) => {
    if (await repos.authors.findBySlug(input.slug)) throw conflict(m`An author "${input.slug}" already exists.`, 'slug');
    return repos.authors.insert({ slug: input.slug, name, bio: input.bio ?? '', email: input.email?.trim() || null }, clock().toISOString());
  });
}

/** A new tag. */
export async function createTag(store: Store, input: { slug: string; name: string }): Promise<number> {
  requireSlug(input.slug);
  const name = requireName(input.name);
  return store.transaction(async (repos) => {
    if (await repos.tags.findBySlug(input.slug)) throw conflict(m`A tag "${input.slug}" already exists.`, 'slug');
    await refuseTranslatedSlug(repos, 'tag', null, input.slug);
    return repos.tags.insert({ slug: input.slug, name });
  });
}

/** Sends an old path elsewhere; `fromPath` is a local path without query string. */
export async function addRedirect(store: Store, clock: Clock, redirect: Redirect): Promise<void> {
  if (!/^\/[^?#\s]*$/.test(redirect.fromPath)) throw invalid(m`"${redirect.fromPath}" is not a local path such as /old-page.`, 'fromPath');
  if (!/^(\/[^\s]*|https?:\/\/[^\s]+)$/.test(redirect.toPath)) throw invalid(m`"${redirect.toPath}" is not a path or http(s) URL.`, 'toPath');
  if (!isRedirectStatus(redirect.statusCode)) throw invalid(m`The status must be 301, 302, 307 or 308.`, 'statusCode');
  if (redirect.fromPath === redirect.toPath) throw invalid(m`A redirect cannot point at itself.`, 'toPath');
  await store.transaction(async (repos) => {
    if (await repos.redirects.find(redirect.fromPath)) throw conflict(m`${redirect.fromPath} already redirects somewhere.`, 'fromPath');
    await repos.redirects.insert(redirect, clock().toISOString());
  });
}
