import { invalid, isDomainError } from '../../domain/errors.js';
import { exportRow, mapJsonRefs, RECORD_FIELDS, RECORD_TABLES, rowKey, type JsonRefs, type KeyedTable, type KeyMaps } from '../../export/site-records.js';
import type { Repositories } from '../ports.js';
import { keyMaps } from './export-records.js';
import type { createSummary } from './import-summary.js';

type Summary = ReturnType<typeof createSummary>;
type Rows = Record<string, Array<Record<string, unknown>>>;

/** Per table of `fields`, the keys of the rows already on the site. */
export type FieldKeys = Map<string, Set<string>>;

/** The keys of the rows `fields` could change, before an import writes anything. */
export async function fieldKeys(repos: Repositories): Promise<FieldKeys> {
  const out: FieldKeys = new Map();
  for (const spec of RECORD_FIELDS) out.set(spec.table, new Set((await repos.siteRecords.idsByKey(spec.table, spec.key)).keys()));
  return out;
}

/**
 * A row from the file with other rows' keys made this site's ids (also inside JSON columns);
 * a key the site lacks becomes null, and is said. An id in a JSON column (files written
 * before those were keys) names a row of another site: it too is left empty, and said.
 */
function localRow(row: Record<string, unknown>, refs: Record<string, KeyedTable>, keys: KeyMaps, warn: (message: string) => void, jsonRefs: JsonRefs = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  delete out['id'];
  const idOf = (where: string, key: unknown, table: KeyedTable): number | null => {
    const id = typeof key === 'string' ? keys[table].idOf.get(key) : undefined;
    if (typeof key === 'number') warn(`${where} is ${key}, an id on the site that wrote the file (files from before media were named by stored_name there); left empty`);
    else if (id === undefined) warn(`${where} names "${String(key)}", which is neither in the file nor on the site; left empty`);
    return id ?? null;
  };
  for (const [column, table] of Object.entries(refs)) {
    const key = row[column];
    if (key === null || key === undefined) continue;
    out[column] = idOf(column, String(key), table);
  }
  for (const [column, fields] of Object.entries(jsonRefs)) {
    if (column in row) out[column] = mapJsonRefs(row[column], fields, (key, table, field) => idOf(`${column}.${field}`, key, table));
  }
  return out;
}

/**
 * Restores the export's `records` and `fields` (export/site-records.ts): each table after
 * those it points to; a row whose key is already on the site is skipped, so importing twice
 * adds nothing. Users exported without `--with-secrets` come with no password: they set one
 * (`dossier user password`) before they can sign in.
 */
export async function importRecords(repos: Repositories, file: string, records: Rows, fields: Rows, before: FieldKeys, summary: Summary, phase: 'before-articles' | 'after-articles'): Promise<void> {
  let keys = await keyMaps(repos);
  let passwordless = 0;
  // Tables that point to articles wait for them; the others come first, for articles to point to.
  for (const spec of RECORD_TABLES.filter((t) => Object.values(t.refs).includes('articles') === (phase === 'after-articles'))) {
    const rows = records[spec.table];
    if (!rows || rows.length === 0) continue;
    const existing = new Set((await repos.siteRecords.rows(spec.table, spec.order)).map((row) => rowKey(exportRow(row, spec.refs, [], keys, true), spec.key)));
    const fresh: Array<Record<string, unknown>> = [];
    rows.forEach((row, index) => {
      const where = `${file}: records.${spec.table}[${index}]`;
      if (existing.has(rowKey(row, spec.key))) return summary.count(spec.table, 'skipped');
      existing.add(rowKey(row, spec.key));
      const local = localRow(row, spec.refs, keys, (message) => summary.warnings.push(`${where}: ${message}.`), spec.jsonRefs);
      if (spec.table === 'users' && !local['password_hash']) {
        local['password_hash'] = '';
        passwordless += 1;
      }
      fresh.push(local);
      summary.count(spec.table, 'created');
    });
    try {
      await repos.siteRecords.insert(spec.table, fresh);
    } catch (error) {
      if (isDomainError(error)) throw error;
      throw invalid(`${file}: records.${spec.table}: a row could not be stored (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`, `records.${spec.table}`);
    }
    if (spec.table === 'users' || spec.table === 'media') keys = await keyMaps(repos);
  }
  if (passwordless > 0) summary.warnings.push(`${passwordless} account${passwordless === 1 ? '' : 's'} came without a password (exported without --with-secrets); set one with \`dossier user password EMAIL\` before signing in.`);
  for (const spec of RECORD_FIELDS) {
    for (const [index, row] of (fields[spec.table] ?? []).entries()) {
      // Rows the site had before this import keep what they had.
      if (before.get(spec.table)?.has(String(row[spec.key]))) continue;
      const where = `${file}: fields.${spec.table}[${index}]`;
      const values = localRow(Object.fromEntries(spec.columns.filter((c) => c in row).map((c) => [c, row[c]])), spec.refs, keys, (message) => summary.warnings.push(`${where}: ${message}.`));
      await repos.siteRecords.update(spec.table, spec.key, row[spec.key], values);
    }
  }
}
