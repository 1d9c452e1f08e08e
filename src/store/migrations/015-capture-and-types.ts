import type { Kysely, Migration } from 'kysely';

/**
 * Capture at publish and article types. `link_captures` holds, per cited link (normalised
 * URL), the latest Save Page Now request: pending while the archive works on it, then the
 * snapshot it made (URL and capture time) or why it failed. `articles.article_type` is the
 * genre an editor chose (news, opinion, analysis, explainer, fact-check), null for none.
 */
export function captureAndTypesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('link_captures')
        .addColumn('url', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('job_id', 'text')
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('snapshot_url', 'text')
        .addColumn('captured_at', 'text')
        .addColumn('error', 'text')
        .execute();
      // The dashboard counts captures by status.
      await db.schema.createIndex('link_captures_status_idx').on('link_captures').column('status').execute();
      await db.schema.alterTable('articles').addColumn('article_type', 'text').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('articles').dropColumn('article_type').execute();
      await db.schema.dropTable('link_captures').execute();
    },
  };
}
