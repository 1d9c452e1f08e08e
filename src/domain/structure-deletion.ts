import { authorPath, sectionPath, tagPath } from './permalinks.js';
import type { Redirect } from './people.js';
import { childSections, sectionAncestry, type Section } from './section.js';
import type { SectionPlacement } from './section-moves.js';

// What deleting a section, tag or author does to what points at it. Articles always stay:
// a section's articles and subsections move up to its parent (top level: no section), a
// tag leaves the articles it was on, an author leaves their bylines (or is replaced on them
// by the author the editor chose). The old address answers with a 301 to the nearest
// address that still means something, which Ghost (a 404) and WordPress (a 404) do not.

/** The byline of an article after `removed` leaves it: `reassignTo` takes their place; null when nobody would be left. */
export function bylineWithout(authorIds: readonly number[], removed: number, reassignTo: number | null): number[] | null {
  const byline = authorIds.flatMap((id) => (id !== removed ? [id] : reassignTo !== null && !authorIds.includes(reassignTo) ? [reassignTo] : []));
  return byline.length > 0 ? byline : null;
}

/** Where the subsections of a deleted section go: after their new siblings under its parent, in their order. */
export function placeOrphans(sections: readonly Section[], deleted: Section): SectionPlacement[] {
  const siblings = childSections(sections, deleted.parentId).filter((s) => s.id !== deleted.id);
  return childSections(sections, deleted.id).map((child, i) => ({ id: child.id, parentId: deleted.parentId, position: siblings.length + i }));
}

/** The path of a section: `/section/water/treatment`. */
export const pathOfSection = (sections: readonly Section[], section: Section): string =>
  sectionPath(sectionAncestry(sections, section).map((s) => s.slug).join('/'));

/** A deleted section's address sends readers to its parent's, or home. */
export function deletedSectionRedirect(sections: readonly Section[], deleted: Section): Redirect {
  const parent = sections.find((s) => s.id === deleted.parentId);
  return { fromPath: pathOfSection(sections, deleted), toPath: parent ? pathOfSection(sections, parent) : '/', statusCode: 301 };
}

/** A deleted tag's address sends readers home. */
export const deletedTagRedirect = (slug: string): Redirect => ({ fromPath: tagPath(slug), toPath: '/', statusCode: 301 });

/** A deleted author's address sends readers to the author who took over their articles, or home. */
export const deletedAuthorRedirect = (slug: string, heir: string | null): Redirect =>
  ({ fromPath: authorPath(slug), toPath: heir ? authorPath(heir) : '/', statusCode: 301 });
