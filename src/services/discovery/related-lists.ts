import { buildRelatedIndex, computeRelated, scoresToward, type RelatedPick } from '../../domain/relatedness.js';
import { sectionAncestry } from '../../domain/section.js';
import type { Repositories } from '../ports.js';

const RELATED_STORED = 6;
/**
 * Up to this many published articles every list is recomputed on each change: simplest,
 * always exact, and fast (about half a second at 1,000 articles; see `npm run bench`).
 * Beyond it only the changed article's list and the lists it enters or leaves are.
 */
export const FULL_RECOMPUTE_LIMIT = 2000;

function sameList(a: RelatedPick[] | undefined, b: RelatedPick[]): boolean {
  return a !== undefined && a.length === b.length && a.every((pick, i) => pick.id === b[i]!.id && Math.abs(pick.score - b[i]!.score) < 1e-6);
}

/** Lists that article `changedId` may have entered or left: the only ones worth recomputing on a large site. */
function affectedBy(changedId: number, stored: Map<number, RelatedPick[]>, scores: Map<number, number>): Set<number> {
  const affected = new Set([changedId]);
  for (const [id, list] of stored) if (list.some((pick) => pick.id === changedId)) affected.add(id);
  for (const [id, score] of scores) {
    const list = stored.get(id) ?? [];
    if (score > 0 && (list.length < RELATED_STORED || score > list[list.length - 1]!.score)) affected.add(id);
  }
  return affected;
}

/**
 * Recomputes "You may also like" lists from the stored term counts and writes only the
 * lists that changed; `changedId` names the article that was just saved, unpublished or
 * deleted (none: recompute all). Run inside the transaction that changed the article.
 */
export async function refreshRelatedLists(repos: Repositories, now: Date, changedId?: number, fullLimit = FULL_RECOMPUTE_LIMIT): Promise<number> {
  const [inputs, sections, stored] = await Promise.all([repos.related.inputs(), repos.sections.all(), repos.related.lists()]);
  const rootOf = new Map(sections.map((s) => [s.id, sectionAncestry(sections, s)[0]!.id]));
  const docs = inputs.map((input) => ({ ...input, sectionRootId: input.sectionId === null ? null : (rootOf.get(input.sectionId) ?? input.sectionId) }));
  const index = buildRelatedIndex(docs, now);
  const targets = changedId !== undefined && docs.length > fullLimit
    ? affectedBy(changedId, stored, scoresToward(docs, now, changedId, index))
    : undefined;
  const computed = computeRelated(docs, now, RELATED_STORED, targets, index);
  const changed = new Map<number, RelatedPick[]>();
  for (const [id, picks] of computed) if (!sameList(stored.get(id), picks)) changed.set(id, picks);
  // Articles that left the published set keep no list of their own.
  const published = new Set(docs.map((doc) => doc.id));
  for (const id of stored.keys()) if (!published.has(id)) changed.set(id, []);
  if (changed.size > 0) await repos.related.replace(changed);
  return changed.size;
}
