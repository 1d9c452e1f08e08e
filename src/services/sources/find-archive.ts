import { chooseSnapshot, nextArchiveProbe, type ArchiveSnapshot } from '../../domain/archive-choice.js';
import type { ArchiveLookup } from './ports.js';

/** What the archive look-ups for one URL found. */
export interface ArchiveFinding {
  snapshot: ArchiveSnapshot | null;
  /** Why the look-up failed, null when it worked (whether or not it found a capture). */
  error: string | null;
  lookups: number;
}

/**
 * The archived copy to offer for a URL: asks the availability API at the access date, then
 * further back while no good capture before that date is known (see `nextArchiveProbe`),
 * and picks with `chooseSnapshot`.
 */
export async function findArchive(archive: ArchiveLookup, url: string, accessed: string | null): Promise<ArchiveFinding> {
  const candidates: ArchiveSnapshot[] = [];
  let lookups = 0;
  for (let at = nextArchiveProbe(candidates, accessed, 0); at !== null; at = nextArchiveProbe(candidates, accessed, lookups)) {
    const answer = await archive.closest(url, at);
    lookups += 1;
    if (!answer.ok) return { snapshot: chooseSnapshot(candidates, accessed), error: answer.error, lookups };
    if (!answer.snapshot) break;
    const found = answer.snapshot;
    if (!candidates.some((c) => c.capturedAt === found.capturedAt)) candidates.push(found);
  }
  return { snapshot: chooseSnapshot(candidates, accessed), error: null, lookups };
}
