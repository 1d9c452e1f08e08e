// The parts of a site the JSON export carries as table rows ("records" and "fields", see
// docs/export-format.md): what has no shape of its own in the document. Ids never travel:
// a column holding another row's id holds that row's natural key instead, so the rows mean
// the same on a site where every id differs.

/** Tables whose rows other rows point to, and the column that names a row across sites. */
export const NATURAL_KEYS = { articles: 'slug', users: 'email', authors: 'slug', media: 'stored_name' } as const;

/** A table another row points to. */
export type KeyedTable = keyof typeof NATURAL_KEYS;

/** A table exported whole. */
export interface RecordTable {
  table: 'users' | 'media' | 'revisions' | 'links' | 'link_urls' | 'link_checks' | 'page_snapshots' | 'content_keys';
  /** Columns the rows are written in order of. */
  order: string[];
  /** Columns that tell one row from another across sites (after ids are made keys): a row already there is not added again. */
  key: string[];
  /** Columns holding another table's id. */
  refs: Record<string, KeyedTable>;
  /** Columns holding a JSON object some of whose fields hold another table's id: column → field → table. */
  jsonRefs?: JsonRefs;
  /** Columns written only with `--with-secrets` (else null in the file). */
  secret: string[];
  /** The whole table is written only with `--with-secrets`. */
  secretTable?: boolean;
}

/** In the order they are restored: each after the tables it points to. */
export const RECORD_TABLES: readonly RecordTable[] = [
  { table: 'users', order: ['id'], key: ['email'], refs: { author_id: 'authors' }, secret: ['password_hash'] },
  { table: 'media', order: ['id'], key: ['stored_name'], refs: { user_id: 'users' }, secret: [] },
  { table: 'revisions', order: ['id'], key: ['article_id', 'version', 'autosave', 'created_at'], refs: { article_id: 'articles', user_id: 'users' }, jsonRefs: { fields: { featuredMediaId: 'media' } }, secret: [] },
  { table: 'links', order: ['url'], key: ['url'], refs: {}, secret: [] },
  { table: 'link_urls', order: ['source_url'], key: ['source_url'], refs: {}, secret: [] },
  { table: 'link_checks', order: ['id'], key: ['url', 'checked_at'], refs: {}, secret: [] },
  { table: 'page_snapshots', order: ['id'], key: ['url', 'fetched_at'], refs: {}, secret: [] },
  { table: 'content_keys', order: ['id'], key: ['secret'], refs: {}, secret: ['secret'], secretTable: true },
];

/** Columns of rows the document already lists (by their natural key) that it has no field for. */
export interface RecordFields {
  table: 'articles' | 'authors' | 'sections' | 'redirects';
  key: string;
  columns: string[];
  refs: Record<string, KeyedTable>;
}

/** Restored after the records, which they may point to. */
export const RECORD_FIELDS: readonly RecordFields[] = [
  {
    table: 'articles',
    key: 'slug',
    columns: [
      'featured_media_id', 'featured_alt', 'seo_title', 'seo_description', 'owner_user_id', 'updated_by', 'version',
      // Migrations 016 and 017: the translation group (named by one member's slug), the caption, the share card.
      'translation_group', 'featured_caption', 'og_title', 'og_description', 'og_image', 'twitter_title', 'twitter_description', 'twitter_image',
    ],
    refs: { featured_media_id: 'media', owner_user_id: 'users', updated_by: 'users', translation_group: 'articles' },
  },
  { table: 'authors', key: 'slug', columns: ['email', 'avatar_media_id', 'avatar_url', 'created_at'], refs: { avatar_media_id: 'media' } },
  { table: 'sections', key: 'slug', columns: ['created_at'], refs: {} },
  { table: 'redirects', key: 'from_path', columns: ['created_at'], refs: {} },
];

/** Another table's id in `column` as that row's natural key, and back. */
export type KeyMaps = Record<KeyedTable, { keyOf: Map<number, string>; idOf: Map<string, number> }>;

/** Per column holding JSON text, the fields of it that hold another table's id. */
export type JsonRefs = Record<string, Record<string, KeyedTable>>;

/**
 * JSON text with each of `fields` that is set replaced by `map(value, table, field)`; text
 * that is not a JSON object is returned as it is. Field order is kept, so unchanged text
 * comes back the same.
 */
export function mapJsonRefs(text: unknown, fields: Record<string, KeyedTable>, map: (value: unknown, table: KeyedTable, field: string) => unknown): unknown {
  if (typeof text !== 'string') return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return text;
  const object = parsed as Record<string, unknown>;
  for (const [field, table] of Object.entries(fields)) {
    if (object[field] !== null && object[field] !== undefined) object[field] = map(object[field], table, field);
  }
  return JSON.stringify(object);
}

/** A row as the export writes it: no id, ids of other rows as their keys (also inside JSON columns), secrets left out unless asked for. */
export function exportRow(row: Record<string, unknown>, refs: Record<string, KeyedTable>, secret: string[], keys: KeyMaps, withSecrets: boolean, jsonRefs: JsonRefs = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === 'id') continue;
    const ref = refs[column];
    const inJson = jsonRefs[column];
    if (ref) out[column] = value === null || value === undefined ? null : (keys[ref].keyOf.get(Number(value)) ?? null);
    else if (inJson) out[column] = mapJsonRefs(value, inJson, (id, table) => keys[table].keyOf.get(Number(id)) ?? null);
    else out[column] = secret.includes(column) && !withSecrets ? null : value;
  }
  return out;
}

/** The key a row is known by across sites, as one string. */
export const rowKey = (row: Record<string, unknown>, key: string[]): string => JSON.stringify(key.map((c) => (row[c] === null || row[c] === undefined ? null : String(row[c]))));
