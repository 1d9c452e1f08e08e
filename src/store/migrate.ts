import { Migrator, type MigrationResult } from 'kysely';
import type { OpenDatabase } from './dialect.js';
import { allMigrations } from './migrations/migrations.js';

/** What a migration run did. */
export interface MigrationReport {
  applied: string[];
}

/** Brings the schema up to date; throws with the failing migration's name on error. */
export async function migrateToLatest(database: OpenDatabase): Promise<MigrationReport> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => allMigrations(database.helpers) },
    // Named explicitly: Kysely looks for its table in every schema, and another schema's
    // migration table (another app, another test run) must not be mistaken for ours.
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? []).filter((r: MigrationResult) => r.status === 'Success').map((r) => r.migrationName);
  if (error) {
    const failed = (results ?? []).find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed} failed: ${reason}`);
  }
  return { applied };
}
