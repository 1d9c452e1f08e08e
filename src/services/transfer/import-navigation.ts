import type { Repositories } from '../ports.js';

/** How many sections an import puts in the header at most. */
export const IMPORTED_NAVIGATION_SIZE = 5;

/** Counts the articles an import files in each section. */
export function sectionTally(): { add(slug: string | null | undefined): void; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  return { counts, add: (slug) => void (slug && counts.set(slug, (counts.get(slug) ?? 0) + 1)) };
}

/**
 * Keeps imported categories out of the header: when the owner has not chosen the header's
 * sections yet and the site now has more top-level sections than fit, the header gets the
 * few sections the import filed most articles in (setting `navigationSections`); the owner
 * changes it later. Returns the slugs chosen, or null when nothing was changed.
 */
export async function defaultNavigation(repos: Repositories, counts: Map<string, number>): Promise<string[] | null> {
  const stored = await repos.settings.all();
  if (stored['navigationSections'] !== undefined && stored['navigationSections'] !== null) return null;
  const sections = await repos.sections.all();
  if (sections.filter((s) => s.parentId === null).length <= IMPORTED_NAVIGATION_SIZE) return null;
  const names = new Map(sections.map((s) => [s.slug, s.name]));
  const chosen = [...counts.entries()]
    .filter(([slug]) => names.has(slug))
    .sort((a, b) => b[1] - a[1] || names.get(a[0])!.localeCompare(names.get(b[0])!))
    .slice(0, IMPORTED_NAVIGATION_SIZE)
    .map(([slug]) => slug);
  await repos.settings.set('navigationSections', chosen);
  return chosen;
}
