import type { Redirect } from '../../domain/people.js';
import type { SectionMove } from '../../domain/section-moves.js';
import type { TranslatedKind, TranslationInput } from '../../domain/term-translations.js';
import type { Clock, Store } from '../ports.js';
import { saveTranslations } from './translate-structure.js';
import { deleteAuthor, deleteSection, deleteTag } from './delete-structure.js';
import { addRedirect, createAuthor, createSection, createTag } from './create-structure.js';
import { moveSectionBy, setSectionParent, structureLists, updateAuthor, updateSection, updateTag } from './edit-structure.js';

/** Sections, authors, tags and redirects, bound to one store and clock. */
export function createStructureServices(store: Store, clock: Clock) {
  return {
    createSection: (input: Parameters<typeof createSection>[2]) => createSection(store, clock, input),
    createAuthor: (input: Parameters<typeof createAuthor>[2]) => createAuthor(store, clock, input),
    createTag: (input: Parameters<typeof createTag>[1]) => createTag(store, input),
    addRedirect: (redirect: Redirect) => addRedirect(store, clock, redirect),
    /** Everything the structure screens list. */
    lists: () => structureLists(store),
    moveSection: (id: number, move: SectionMove) => moveSectionBy(store, id, move),
    setSectionParent: (id: number, parentId: number | null) => setSectionParent(store, id, parentId),
    updateSection: (id: number, input: { name: string; slug: string; description: string }) => updateSection(store, id, input),
    updateTag: (id: number, input: { name: string; slug: string }) => updateTag(store, id, input),
    updateAuthor: (id: number, input: { name: string; bio: string; avatarMediaId: number | null; fediverse?: string }) => updateAuthor(store, id, input),
    /** Replaces a section's, tag's or author's translations (one entry per language). */
    saveTranslations: (kind: TranslatedKind, id: number, entries: readonly TranslationInput[]) => saveTranslations(store, kind, id, entries),
    deleteRedirect: (fromPath: string) => store.repos.structureAdmin.deleteRedirect(fromPath),
    /** Deletes a tag (its articles stay); its address redirects home. */
    deleteTag: (id: number) => deleteTag(store, clock, id),
    /** Deletes a section; its articles and subsections move up to its parent. */
    deleteSection: (id: number) => deleteSection(store, clock, id),
    /** Deletes an author; articles they wrote alone go to `reassignTo` (a slug), or the deletion is refused. */
    deleteAuthor: (id: number, reassignTo: string | null = null) => deleteAuthor(store, clock, id, reassignTo),
  };
}

/** The structure services. */
export type StructureServices = ReturnType<typeof createStructureServices>;
