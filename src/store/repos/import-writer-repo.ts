import type { Kysely } from 'kysely';
import type { ImportWriterRepository } from '../../services/transfer/ports.js';
import type { DB } from '../schema.js';
import { recordRow } from './articles-repo.js';
import { commentRow } from './comments-repo.js';
import { noteCslColumn } from './row-mappers.js';

// Rows a statement: well under both engines' bound-parameter limits at ~15 columns a row.
const ROWS = 200;

function chunks<T>(items: readonly T[], size = ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Ids of a multi-row insert in the order of its rows. Both engines hand out ids in the
 * order rows are inserted, which is the order of VALUES; neither promises RETURNING's order.
 */
const inRowOrder = (rows: Array<{ id: number }>) => rows.map((row) => Number(row.id)).sort((a, b) => a - b);

/** Multi-row writes for imports; one code path on both engines. */
export function importWriterRepo(db: Kysely<DB>): ImportWriterRepository {
  return {
    async insertArticles(articles) {
      const ids: number[] = [];
      for (const batch of chunks(articles)) {
        const rows = await db.insertInto('articles').values(batch.map(({ record, createdAt, lintErrors, lintWarnings }) => ({
          ...recordRow(record),
          created_at: createdAt,
          lint_errors: lintErrors,
          lint_warnings: lintWarnings,
        }))).returning('id').execute();
        ids.push(...inRowOrder(rows));
      }
      const byline = articles.flatMap((a, i) => a.authorIds.map((authorId, position) => ({ article_id: ids[i]!, author_id: authorId, position })));
      for (const batch of chunks(byline, 1000)) await db.insertInto('article_authors').values(batch).execute();
      const tags = articles.flatMap((a, i) => a.tagIds.map((tagId) => ({ article_id: ids[i]!, tag_id: tagId })));
      for (const batch of chunks(tags, 1000)) await db.insertInto('article_tags').values(batch).execute();
      const notes = articles.flatMap((a, i) => a.notes.map((note) => ({
        article_id: ids[i]!,
        number: note.number,
        label: note.label,
        raw_text: note.rawText,
        html: note.html,
        url: note.url,
        accessed: note.accessed,
        citations: note.citations,
        csl: noteCslColumn(note),
        ibid_of: note.ibidOf,
        recognised: note.recognised ? 1 : 0,
        styled_html: note.styledHtml,
        styled_with: note.styledWith,
      })));
      for (const batch of chunks(notes)) await db.insertInto('notes').values(batch).execute();
      return ids;
    },

    async insertComments(comments) {
      const ids: number[] = [];
      for (const batch of chunks(comments)) {
        const rows = await db.insertInto('comments').values(batch.map(commentRow)).returning('id').execute();
        ids.push(...inRowOrder(rows));
      }
      return ids;
    },

    async takenSlugs(slugs) {
      const taken = new Set<string>();
      for (const batch of chunks([...new Set(slugs)], 500)) {
        const rows = await db.selectFrom('articles').select('slug').where('slug', 'in', batch).execute();
        for (const row of rows) taken.add(row.slug);
      }
      return taken;
    },

    async findSources(source, kind, externalIds) {
      const found = new Map<string, { localId: number; checksum: string }>();
      for (const batch of chunks([...new Set(externalIds)], 500)) {
        const rows = await db.selectFrom('import_sources').select(['external_id', 'local_id', 'checksum'])
          .where('source', '=', source).where('kind', '=', kind).where('external_id', 'in', batch).execute();
        for (const row of rows) found.set(row.external_id, { localId: row.local_id, checksum: row.checksum });
      }
      return found;
    },

    async saveSources(rows) {
      for (const batch of chunks(rows)) {
        await db.insertInto('import_sources')
          .values(batch.map((r) => ({ source: r.source, kind: r.kind, external_id: r.externalId, local_id: r.localId, checksum: r.checksum, imported_at: r.now })))
          .onConflict((oc) => oc.columns(['source', 'kind', 'external_id']).doUpdateSet((eb) => ({
            local_id: eb.ref('excluded.local_id'), checksum: eb.ref('excluded.checksum'), imported_at: eb.ref('excluded.imported_at'),
          })))
          .execute();
      }
    },

    async redirectedPaths(paths) {
      const found = new Set<string>();
      for (const batch of chunks([...new Set(paths)], 500)) {
        const rows = await db.selectFrom('redirects').select('from_path').where('from_path', 'in', batch).execute();
        for (const row of rows) found.add(row.from_path);
      }
      return found;
    },

    async insertRedirects(rows) {
      for (const batch of chunks(rows)) {
        await db.insertInto('redirects')
          .values(batch.map((r) => ({ from_path: r.fromPath, to_path: r.toPath, status_code: r.statusCode, created_at: r.createdAt })))
          .execute();
      }
    },

    async enqueueJobs(jobs) {
      for (const batch of chunks(jobs)) {
        await db.insertInto('jobs').values(batch.map((job) => ({
          kind: job.kind, payload: JSON.stringify(job.payload ?? {}), unique_key: null, status: 'pending', attempts: 0,
          max_attempts: 5, run_at: job.now, created_at: job.now, updated_at: job.now,
        }))).execute();
      }
    },

    async setCommentsOpen(rows) {
      for (const open of [true, false]) {
        const ids = rows.filter((r) => r.open === open).map((r) => r.articleId);
        for (const batch of chunks(ids, 500)) await db.updateTable('articles').set({ comments_open: open ? 1 : 0 }).where('id', 'in', batch).execute();
      }
    },

    async setTerms(rows) {
      for (const batch of chunks(rows, 500)) {
        await db.insertInto('related_terms')
          .values(batch.map((r) => ({ article_id: r.articleId, terms: JSON.stringify(r.terms) })))
          .onConflict((oc) => oc.column('article_id').doUpdateSet((eb) => ({ terms: eb.ref('excluded.terms') })))
          .execute();
      }
    },
  };
}
