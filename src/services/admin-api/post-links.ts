import { invalid } from '../../domain/errors.js';
import type { Author, Tag } from '../../domain/people.js';
import type { Section } from '../../domain/section.js';
import { slugify } from '../../domain/slug.js';
import type { Repositories } from '../ports.js';

/** A tag as an Admin API client names one: by id (`tag-5`, `section-3`), slug or name. */
export interface TagRef {
  id?: string | undefined;
  slug?: string | undefined;
  name?: string | undefined;
}

/** An author as a client names one: by id or slug. */
export interface AuthorRef {
  id?: string | undefined;
  slug?: string | undefined;
}

/** What a post's tags come to: its section (the first tag that is one) and its tags, some of them new. */
export interface ResolvedTags {
  sectionSlug: string | null | undefined;
  tagSlugs: string[];
  /** Tags named by a client that do not exist yet: made before the post is saved, as Ghost does. */
  newTags: Array<{ slug: string; name: string }>;
}

const numericId = (raw: string, prefix: string): number | null => {
  const match = new RegExp(`^(?:${prefix}-)?([1-9][0-9]{0,9})$`).exec(raw);
  return match ? Number(match[1]) : null;
};

/**
 * Resolves Ghost's `tags` of a post. Sections appear as tags in Dossier's APIs, so a
 * `section-N` id, or a slug or name that is a section's and no tag's, makes the post's
 * section (one only); other unknown names become new tags.
 */
export function resolveTags(refs: TagRef[], sections: Section[], tags: Tag[]): ResolvedTags {
  let sectionSlug: string | null | undefined;
  const tagSlugs: string[] = [];
  const newTags: ResolvedTags['newTags'] = [];
  const useSection = (section: Section) => {
    if (sectionSlug !== undefined && sectionSlug !== section.slug) throw invalid(`A post belongs to one section; "${sectionSlug}" and "${section.slug}" are both sections.`, 'tags');
    sectionSlug = section.slug;
  };
  for (const ref of refs) {
    if (ref.id !== undefined) {
      const sectionId = ref.id.startsWith('section-') ? numericId(ref.id, 'section') : null;
      const section = sectionId === null ? undefined : sections.find((s) => s.id === sectionId);
      if (section) {
        useSection(section);
        continue;
      }
      const tagId = numericId(ref.id, 'tag');
      const tag = tagId === null ? undefined : tags.find((t) => t.id === tagId);
      if (!tag) throw invalid(`There is no tag or section with id "${ref.id}".`, 'tags');
      tagSlugs.push(tag.slug);
      continue;
    }
    const slug = ref.slug?.trim() || slugify(ref.name ?? '');
    if (!slug) throw invalid('Name each tag by id, slug or name.', 'tags');
    const tag = tags.find((t) => t.slug === slug) ?? tags.find((t) => ref.name !== undefined && t.name === ref.name.trim());
    if (tag) {
      tagSlugs.push(tag.slug);
      continue;
    }
    const section = sections.find((s) => s.slug === slug);
    if (section) {
      useSection(section);
      continue;
    }
    if (!newTags.some((t) => t.slug === slug)) newTags.push({ slug, name: ref.name?.trim() || slug });
    tagSlugs.push(slug);
  }
  return { sectionSlug, tagSlugs: [...new Set(tagSlugs)], newTags };
}

/** Resolves Ghost's `authors` of a post (by id or slug; Dossier keeps authors' emails private) to slugs, in byline order. */
export async function resolveAuthors(repos: Repositories, refs: AuthorRef[]): Promise<string[]> {
  const all = refs.some((r) => r.id !== undefined) ? await repos.authors.all() : [];
  const slugs: string[] = [];
  for (const ref of refs) {
    let author: Author | null | undefined;
    if (ref.id !== undefined) author = all.find((a) => String(a.id) === ref.id);
    else if (ref.slug !== undefined) author = await repos.authors.findBySlug(ref.slug);
    else throw invalid('Name each author by id or slug.', 'authors');
    if (!author) throw invalid(`There is no author "${ref.id ?? ref.slug ?? ''}".`, 'authors');
    slugs.push(author.slug);
  }
  return [...new Set(slugs)];
}
