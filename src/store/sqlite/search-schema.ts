import { sql, type Kysely } from 'kysely';

/**
 * An FTS5 table whose rowid is the article id. Porter stemming over unicode61 (diacritics
 * folded) matches PostgreSQL's `english` configuration closely enough for one test suite;
 * prefix indexes make `wat*` queries cheap.
 */
export const sqliteSearchSchema = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`create virtual table search_index using fts5(
      title, dek, body, tags, authors,
      tokenize = 'porter unicode61 remove_diacritics 2',
      prefix = '2 3'
    )`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`drop table search_index`.execute(db);
  },
};
