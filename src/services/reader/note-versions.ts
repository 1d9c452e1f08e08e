import type { Note } from '../../domain/article.js';
import { chooseVersion, type VersionLink } from '../../domain/capture.js';
import type { NoteLinkHealth } from '../../domain/link-record.js';
import { normaliseLinkUrl } from '../../domain/link-url.js';
import type { Repositories } from '../ports.js';

/** A note's link and the archived copy Robust Links names for it. */
export interface NoteVersion extends VersionLink {
  noteNumber: number;
}

/**
 * The archived copy of each note's link: our Save Page Now snapshot, else the archive
 * look-up's capture; one query for the article's captures (by primary key).
 */
export async function noteVersions(repos: Repositories, notes: readonly Note[], links: readonly NoteLinkHealth[]): Promise<NoteVersion[]> {
  const linked = notes.flatMap((n) => {
    const normal = n.url ? normaliseLinkUrl(n.url) : null;
    return normal && n.url ? [{ note: n, original: n.url, url: normal.url }] : [];
  });
  if (linked.length === 0) return [];
  const captures = new Map((await repos.captures.findMany(linked.map((l) => l.url))).map((c) => [c.url, c]));
  const health = new Map(links.map((l) => [l.noteNumber, l]));
  return linked.flatMap(({ note, original, url }) => {
    const capture = captures.get(url);
    const link = health.get(note.number);
    const version = chooseVersion(original, {
      capture: capture?.snapshotUrl && capture.capturedAt ? { url: capture.snapshotUrl, at: capture.capturedAt } : null,
      archive: link?.archiveUrl && link.archiveCapturedAt ? { url: link.archiveUrl, at: link.archiveCapturedAt } : null,
    });
    return version ? [{ noteNumber: note.number, ...version }] : [];
  });
}
