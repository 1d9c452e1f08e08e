import { conflict, invalid, m } from '../../domain/errors.js';
import { parseFediverseHandle } from '../../domain/fediverse.js';
import { moveSection, reparentSection, type SectionMove } from '../../domain/section-moves.js';
import { isValidSlug } from '../../domain/slug.js';
import type { Store } from '../ports.js';
import { otherLanguages, refuseTranslatedSlug } from './translate-structure.js';

function requireSlug(slug: string): string {
  if (!isValidSlug(slug)) throw invalid(m`The slug "${slug}" is not valid: use lowercase letters, digits and single hyphens.`, 'slug');
  return slug;
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw invalid(m`Enter a name.`, 'name');
  return trimmed;
}

/** Moves a section up, down, in or out of the tree. */
export async function moveSectionBy(store: Store, id: number, move: SectionMove): Promise<void> {
  await store.transaction(async (repos) => {
    await repos.structureAdmin.placeSections(moveSection(await repos.sections.all(), id, move));
    // A section lists its subsections' articles: a move changes which lists they are in.
    await repos.listings.rebuildAll();
  });
}

/** Moves a section under another parent (null: top level). */
export async function setSectionParent(store: Store, id: number, parentId: number | null): Promise<void> {
  await store.transaction(async (repos) => {
    await repos.structureAdmin.placeSections(reparentSection(await repos.sections.all(), id, parentId));
    await repos.listings.rebuildAll();
  });
}

/** Renames a section or changes its slug and description. */
export async function updateSection(store: Store, id: number, input: { name: string; slug: string; description: string }): Promise<void> {
  const fields = { name: requireName(input.name), slug: requireSlug(input.slug), description: input.description.trim() };
  await store.transaction(async (repos) => {
    const sections = await repos.sections.all();
    if (!sections.some((s) => s.id === id)) throw invalid(m`There is no such section.`, 'section');
    if (sections.some((s) => s.slug === fields.slug && s.id !== id)) throw conflict(m`A section "${fields.slug}" already exists.`, 'slug');
    await refuseTranslatedSlug(repos, 'section', id, fields.slug);
    await repos.structureAdmin.updateSection(id, fields);
  });
}

/** Renames a tag or changes its slug. */
export async function updateTag(store: Store, id: number, input: { name: string; slug: string }): Promise<void> {
  const fields = { name: requireName(input.name), slug: requireSlug(input.slug) };
  await store.transaction(async (repos) => {
    const other = await repos.tags.findBySlug(fields.slug);
    if (other && other.id !== id) throw conflict(m`A tag "${fields.slug}" already exists.`, 'slug');
    await refuseTranslatedSlug(repos, 'tag', id, fields.slug);
    await repos.structureAdmin.updateTag(id, fields);
  });
}

/** Changes an author's name, bio, avatar (an uploaded image) and, when given, fediverse handle (blank: none). */
export async function updateAuthor(store: Store, id: number, input: { name: string; bio: string; avatarMediaId: number | null; fediverse?: string }): Promise<void> {
  const name = requireName(input.name);
  const fediverse = input.fediverse === undefined ? undefined : parseFediverseHandle(input.fediverse);
  await store.transaction(async (repos) => {
    if (input.avatarMediaId !== null && !(await repos.media.findById(input.avatarMediaId))) throw invalid(m`That image no longer exists.`, 'avatar');
    await repos.structureAdmin.updateAuthor(id, { name, bio: input.bio.trim(), avatarMediaId: input.avatarMediaId, ...(fediverse !== undefined ? { fediverse } : {}) });
  });
}

/** Lists for the structure screens. */
export async function structureLists(store: Store) {
  const { repos } = store;
  const [sections, tags, authors, redirects, media, languages, translations] = await Promise.all([
    repos.sections.all(), repos.structureAdmin.allTags(), repos.structureAdmin.allAuthors(), repos.structureAdmin.allRedirects(), repos.media.list(60, 0),
    otherLanguages(repos), repos.termTranslations.all(),
  ]);
  return { sections, tags, authors, redirects, media, languages, translations };
}
