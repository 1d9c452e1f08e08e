import { invalid, notFound } from '../../domain/errors.js';
import type { Section } from '../../domain/section.js';
import type { StructureServices } from '../structure/structure-services.js';

/** A change to a section or author as a client sends it; absent fields are kept. */
export interface SectionEdit {
  name?: string | undefined;
  slug?: string | undefined;
  description?: string | null | undefined;
  /** The parent's slug, null for the top level. */
  parent?: string | null | undefined;
}

/** A change to an author; their slug is their page's address and is not changed. */
export interface AuthorEdit {
  name?: string | undefined;
  slug?: string | undefined;
  bio?: string | null | undefined;
}

/** Partial edits of sections and authors over the structure services (which take every field). */
export function adminStructureServices(structure: StructureServices) {
  return {
    /** Changes a section's fields and, when `parent` is given, where it sits; returns the sections after. */
    async editSection(id: number, edit: SectionEdit): Promise<{ section: Section; sections: Section[] }> {
      const { sections } = await structure.lists();
      const current = sections.find((s) => s.id === id);
      if (!current) throw notFound(`There is no section with id section-${id}.`);
      const parent = edit.parent === undefined ? undefined : edit.parent === null ? null : sections.find((s) => s.slug === edit.parent);
      if (parent === undefined && edit.parent !== undefined) throw invalid(`There is no section "${edit.parent}".`, 'parent');
      await structure.updateSection(id, {
        name: edit.name ?? current.name,
        slug: edit.slug ?? current.slug,
        description: edit.description === undefined ? current.description : (edit.description ?? ''),
      });
      if (parent !== undefined) await structure.setSectionParent(id, parent?.id ?? null);
      const after = (await structure.lists()).sections;
      return { section: after.find((s) => s.id === id)!, sections: after };
    },

    /** Changes an author's name and bio (their avatar is kept). */
    async editAuthor(id: number, edit: AuthorEdit): Promise<void> {
      const current = (await structure.lists()).authors.find((a) => a.id === id);
      if (!current) throw notFound(`There is no author with id ${id}.`);
      if (edit.slug !== undefined && edit.slug !== current.slug) throw invalid('An author\'s slug cannot be changed: their page address would break.', 'slug');
      await structure.updateAuthor(id, { name: edit.name ?? current.name, bio: edit.bio === undefined ? current.bio : (edit.bio ?? ''), avatarMediaId: current.avatarMediaId });
    },
  };
}
