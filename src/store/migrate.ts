import { Migrator, type MigrationResult, type MigrationResultSet } from 'kysely';
import type { OpenDatabase } from './dialect.js';
import { allMigrations } from './migrations/migrations.js';

/** What a migration run did. */
export interface MigrationReport {
  applied: string[];
}

function migrator(database: OpenDatabase): Migrator {
  return new Migrator({
    db: database.db,
    provider: { getMigrations: async () => allMigrations(database.helpers) },
    // Named explicitly: Kysely looks for its table in every schema, and another schema's
    // migration table (another app, another test run) must not be mistaken for ours.
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
}

/** Brings the schema up to date; throws with the failing migration's name on error. */
export async function migrateToLatest(database: OpenDatabase): Promise<MigrationReport> {
  return report(await migrator(database).migrateToLatest());
}

/**
 * Brings the schema to exactly the named migration (a restore loads rows into the schema
 * they were dumped from); a name this Dossier does not know is refused.
 */
export async function migrateTo(database: OpenDatabase, name: string): Promise<MigrationReport> {
  const known = Object.keys(allMigrations(database.helpers));
  if (!known.includes(name)) throw new Error(`The backup's schema is at migration ${name}, which this version of Dossier does not know (it knows up to ${known.at(-1)}). Restore it with the Dossier version that made it.`);
  return report(await migrator(database).migrateTo(name));
}

function report({ error, results }: MigrationResultSet): MigrationReport {
  const applied = (results ?? []).filter((r: MigrationResult) => r.status === 'Success').map((r) => r.migrationName);
  if (error) {
    const failed = (results ?? []).find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed} failed: ${reason}`);
  }
  return { applied };
}
