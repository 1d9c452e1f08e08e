import type { Kysely } from 'kysely';
import type { SettingsRepository } from '../../services/settings/ports.js';
import type { DB } from '../schema.js';

/** Settings as JSON values under string keys. */
export function settingsRepo(db: Kysely<DB>): SettingsRepository {
  return {
    async all() {
      const rows = await db.selectFrom('settings').selectAll().execute();
      const entries: Record<string, unknown> = {};
      for (const row of rows) {
        try {
          entries[row.key] = JSON.parse(row.value);
        } catch {
          // A hand-edited value that is not JSON is ignored; defaults apply.
        }
      }
      return entries;
    },
    async set(key, value) {
      const json = JSON.stringify(value);
      await db
        .insertInto('settings')
        .values({ key, value: json })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
        .execute();
    },
  };
}
