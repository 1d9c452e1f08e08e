import { exportRow, NATURAL_KEYS, RECORD_FIELDS, RECORD_TABLES, type KeyedTable, type KeyMaps } from '../../export/site-records.js';
import type { Repositories } from '../ports.js';

/** Each keyed table's ids and natural keys, both ways. */
export async function keyMaps(repos: Repositories): Promise<KeyMaps> {
  const maps = {} as KeyMaps;
  for (const [table, column] of Object.entries(NATURAL_KEYS) as Array<[KeyedTable, string]>) {
    const idOf = await repos.siteRecords.idsByKey(table, column);
    maps[table] = { idOf, keyOf: new Map([...idOf].map(([key, id]) => [id, key])) };
  }
  return maps;
}

/**
 * A translation group is numbered by one of its articles' ids, which the export writes as that
 * article's slug; a group whose number names no article any more (it was deleted) is
 * renumbered by its smallest member, so it still travels whole.
 */
function namedGroups(rows: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const ids = new Set(rows.map((row) => Number(row['id'])));
  const smallest = new Map<number, number>();
  for (const row of rows) {
    const group = row['translation_group'];
    if (group === null || group === undefined) continue;
    const id = Number(row['id']);
    smallest.set(Number(group), Math.min(id, smallest.get(Number(group)) ?? id));
  }
  return rows.map((row) => {
    const group = row['translation_group'];
    return group === null || group === undefined || ids.has(Number(group)) ? row : { ...row, translation_group: smallest.get(Number(group)) };
  });
}

/** The export's `records` (whole tables) and `fields` (more columns of listed rows), see export/site-records.ts. */
export async function exportRecords(repos: Repositories, withSecrets: boolean): Promise<{ records: Record<string, Array<Record<string, unknown>>>; fields: Record<string, Array<Record<string, unknown>>> }> {
  const keys = await keyMaps(repos);
  const records: Record<string, Array<Record<string, unknown>>> = {};
  for (const spec of RECORD_TABLES) {
    if (spec.secretTable && !withSecrets) continue;
    records[spec.table] = (await repos.siteRecords.rows(spec.table, spec.order)).map((row) => exportRow(row, spec.refs, spec.secret, keys, withSecrets, spec.jsonRefs));
  }
  const fields: Record<string, Array<Record<string, unknown>>> = {};
  for (const spec of RECORD_FIELDS) {
    let rows = await repos.siteRecords.rows(spec.table, [spec.key]);
    if (spec.table === 'articles') rows = namedGroups(rows);
    fields[spec.table] = rows.map((row) => exportRow(Object.fromEntries([spec.key, ...spec.columns].map((c) => [c, row[c]])), spec.refs, [], keys, withSecrets));
  }
  return { records, fields };
}
