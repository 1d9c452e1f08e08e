import type { ColumnDefinitionBuilder, Kysely, SelectQueryBuilder } from 'kysely';
import type { DB } from './schema.js';

/** Which database engine a store runs on. */
export type Engine = 'sqlite' | 'postgres';

/** The only places migrations may differ by engine; implemented in sqlite/ and postgres/. */
export interface DialectHelpers {
  engine: Engine;
  /** Column type and modifiers of an auto-generated integer primary key. */
  idColumnType: 'integer';
  idColumn(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /**
   * Makes a select lock the rows it picks and skip rows other transactions hold, so that
   * concurrent workers claim different jobs (PostgreSQL). SQLite serialises writers, so
   * there it is a no-op.
   */
  skipLocked<T extends SelectQueryBuilder<DB, keyof DB, object>>(query: T): T;
  /** Creates and drops the engine's full-text index (FTS5 table, or tsvector table + GIN). */
  searchSchema: { up(db: Kysely<unknown>): Promise<void>; down(db: Kysely<unknown>): Promise<void> };
}

/** An open database: the Kysely instance, its engine's helpers, and how to close it. */
export interface OpenDatabase {
  db: Kysely<DB>;
  helpers: DialectHelpers;
  /** PostgreSQL schema the tables live in; undefined on SQLite. */
  schema?: string;
  close(): Promise<void>;
}
