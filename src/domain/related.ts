/**
 * "You may also like", first version: the newest articles of the same section, then
 * those sharing the most tags; never the article itself, never twice.
 */
export function pickRelated<T extends { id: number }>(
  selfId: number,
  sameSection: readonly T[],
  sharedTags: readonly T[],
  limit: number,
): T[] {
  const picked: T[] = [];
  const seen = new Set<number>([selfId]);
  for (const candidate of [...sameSection, ...sharedTags]) {
    if (picked.length >= limit) break;
    if (seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    picked.push(candidate);
  }
  return picked;
}
