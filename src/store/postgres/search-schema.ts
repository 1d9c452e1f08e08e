import { sql, type Kysely } from 'kysely';

/**
 * One row per published article with a generated, weighted tsvector (title A; dek, tags and
 * authors B; body C) and a GIN index. The row goes with its article (on delete cascade).
 */
export const postgresSearchSchema = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`create table search_index (
      article_id integer primary key references articles(id) on delete cascade,
      title text not null,
      dek text not null,
      body text not null,
      tags text not null,
      authors text not null,
      document tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', dek || ' ' || tags || ' ' || authors), 'B') ||
        setweight(to_tsvector('english', body), 'C')
      ) stored
    )`.execute(db);
    await sql`create index search_index_document_idx on search_index using gin (document)`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`drop table search_index`.execute(db);
  },
};
