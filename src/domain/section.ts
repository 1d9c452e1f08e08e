/** A section of the site; sections nest through `parentId` and are ordered by `position`. */
export interface Section {
  id: number;
  slug: string;
  name: string;
  description: string;
  parentId: number | null;
  position: number;
}

/** The sections from the root down to `section` itself, in order. */
export function sectionAncestry(sections: readonly Section[], section: Section): Section[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const chain: Section[] = [section];
  const seen = new Set([section.id]);
  let parentId = section.parentId;
  // A cycle can only come from bad data; stop rather than loop forever.
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    chain.unshift(parent);
    seen.add(parent.id);
    parentId = parent.parentId;
  }
  return chain;
}

/** `section` and every section below it, at any depth. */
export function sectionWithDescendants(sections: readonly Section[], section: Section): Section[] {
  const result: Section[] = [section];
  const seen = new Set([section.id]);
  for (let i = 0; i < result.length; i++) {
    const current = result[i]!;
    for (const child of childSections(sections, current.id)) {
      if (!seen.has(child.id)) {
        seen.add(child.id);
        result.push(child);
      }
    }
  }
  return result;
}

/** Direct children of a section (or the top-level sections for `null`), in order. */
export function childSections(sections: readonly Section[], parentId: number | null): Section[] {
  return sections
    .filter((s) => s.parentId === parentId)
    .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
}

/** The slug path of a section, e.g. `water/treatment`. */
export function sectionSlugPath(sections: readonly Section[], section: Section): string {
  return sectionAncestry(sections, section)
    .map((s) => s.slug)
    .join('/');
}

/** Finds the section a slug path names; null when no section has exactly that path. */
export function findSectionByPath(sections: readonly Section[], path: string): Section | null {
  const slugs = path.split('/').filter((part) => part !== '');
  const last = slugs[slugs.length - 1];
  if (last === undefined) return null;
  const candidate = sections.find((s) => s.slug === last);
  if (!candidate) return null;
  return sectionSlugPath(sections, candidate) === slugs.join('/') ? candidate : null;
}
