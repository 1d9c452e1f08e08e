import { sql, type Kysely } from 'kysely';
import type { SiteRecordsRepository } from '../../services/transfer/ports.js';
import type { DB } from '../schema.js';

type Row = Record<string, unknown>;

// Table and column names come from the export's fixed table list (export/site-records.ts),
// never from the file being imported: the importer checks every name against it first.

/** Rows of the tables the export carries whole, read and written as column → value. */
export function siteRecordsRepo(db: Kysely<DB>): SiteRecordsRepository {
  return {
    async rows(table, orderBy) {
      const result = await sql<Row>`select * from ${sql.table(table)} order by ${sql.join(orderBy.map((c) => sql.ref(c)))}`.execute(db);
      return result.rows;
    },
    async insert(table, rows) {
      for (const row of rows) {
        const columns = Object.keys(row);
        await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values (${sql.join(columns.map((c) => row[c]))})`.execute(db);
      }
    },
    async update(table, keyColumn, key, values) {
      const columns = Object.keys(values);
      if (columns.length === 0) return;
      await sql`update ${sql.table(table)} set ${sql.join(columns.map((c) => sql`${sql.ref(c)} = ${values[c]}`))} where ${sql.ref(keyColumn)} = ${key}`.execute(db);
    },
    async idsByKey(table, keyColumn) {
      const result = await sql<{ id: number; key: string }>`select id, ${sql.ref(keyColumn)} as key from ${sql.table(table)}`.execute(db);
      return new Map(result.rows.map((r) => [String(r.key), Number(r.id)]));
    },
  };
}
