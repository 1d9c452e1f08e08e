import { mapSubstackPost } from '../../importers/substack/map-substack-post.js';
import { readSubstackExport } from '../../importers/substack/read-substack-export.js';
import type { Clock, Store } from '../ports.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import { createSummary, type ImportSummary } from './import-summary.js';
import { createImportBatch } from './import-batch.js';
import { createPreparePool } from './prepare-pool.js';

/**
 * Imports a Substack export (.zip of posts.csv and posts/*.html) in one transaction: every
 * row is read and converted before anything is written; posts and pages with their dates,
 * subtitles as deks and footnotes as notes; old `/p/<slug>` paths redirect. Importing the
 * same export again adds nothing (posts are keyed by Substack's post id).
 */
export async function importSubstack(store: Store, clock: Clock, input: { file: string; zip: Buffer }): Promise<ImportSummary> {
  const rows = readSubstackExport(input.file, input.zip);
  const mapped = rows.map((row) => ({ row, post: mapSubstackPost(row) }));
  const summary = createSummary();
  const pool = createPreparePool();
  try {
    await store.transaction(async (repos) => {
      const batch = createImportBatch(repos, clock, 'substack', summary, pool);
      try {
        for (const { row, post } of mapped) {
          const where = `${input.file}: posts.csv line ${row.line} (post ${row.postId})`;
          if ('skip' in post) {
            summary.count('other items', 'skipped');
            summary.warnings.push(`${where}: "${row.title}": skipped: ${post.skip}.`);
            continue;
          }
          const { notes: _notes, remoteImages: _images, ...fields } = post;
          await batch.add({ ...fields, sticky: false, sectionSlug: null, tagSlugs: [], authorSlugs: [] }, where);
        }
        await batch.flush();
        if (Object.values(summary.kinds).some((c) => c.created + c.updated > 0)) await refreshRelatedLists(repos, clock());
      } catch (error) {
        // Batches may still be rendering or writing: let them finish before the rollback.
        await batch.idle();
        throw error;
      }
    });
  } finally {
    await pool.close();
  }
  return summary;
}
