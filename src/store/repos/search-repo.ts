import { PostgresAdapter, type Kysely } from 'kysely';
import type { SearchRepository } from '../../services/discovery/ports.js';
import { postgresSearch } from '../postgres/search-index.js';
import type { DB } from '../schema.js';
import { sqliteSearch } from '../sqlite/search-index.js';

/** The search port on whichever engine `db` runs (also inside a transaction). */
export function searchRepo(db: Kysely<DB>): SearchRepository {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresSearch(db) : sqliteSearch(db);
}
