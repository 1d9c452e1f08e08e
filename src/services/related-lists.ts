import { computeRelated, type RelatedPick } from '../domain/relatedness.js';
import { sectionAncestry } from '../domain/section.js';
import type { Repositories } from './ports.js';

const RELATED_STORED = 6;

function sameList(a: RelatedPick[] | undefined, b: RelatedPick[]): boolean {
  return a !== undefined && a.length === b.length && a.every((pick, i) => pick.id === b[i]!.id && Math.abs(pick.score - b[i]!.score) < 1e-6);
}

/**
 * Recomputes every published article's "You may also like" list from the stored term
 * counts and writes only the lists that changed. Computing all of them is simplest and
 * always right (a new article can enter any list); at 1,000 articles it takes well under
 * a second (see `npm run bench`). Run inside the transaction that changed an article.
 */
export async function refreshRelatedLists(repos: Repositories, now: Date): Promise<number> {
  const [inputs, sections, stored] = await Promise.all([repos.related.inputs(), repos.sections.all(), repos.related.lists()]);
  const rootOf = new Map(sections.map((s) => [s.id, sectionAncestry(sections, s)[0]!.id]));
  const computed = computeRelated(
    inputs.map((input) => ({ ...input, sectionRootId: input.sectionId === null ? null : (rootOf.get(input.sectionId) ?? input.sectionId) })),
    now,
    RELATED_STORED,
  );
  const changed = new Map<number, RelatedPick[]>();
  for (const [id, picks] of computed) if (!sameList(stored.get(id), picks)) changed.set(id, picks);
  // Articles that left the published set keep no list of their own.
  for (const id of stored.keys()) if (!computed.has(id)) changed.set(id, []);
  if (changed.size > 0) await repos.related.replace(changed);
  return changed.size;
}
