import type { CompiledQuery, Kysely } from 'kysely';
import type { DB } from './schema.js';

// Stands for a parameter while the query is compiled; replaced by its value on each run.
const SLOT = '\u0000dossier-param:';

type Slot = { param: string } | { value: unknown };

/**
 * A hot query compiled once per engine instead of on every call: Kysely's building and
 * compiling was a fifth of a page's CPU. `build` must give the same SQL whatever the
 * parameter values are (no lists of varying length); each value is bound on each run.
 */
export function compiledQuery<P extends Record<string, unknown>, Row>(
  build: (db: Kysely<DB>, params: P) => { compile(): CompiledQuery<Row> },
): (db: Kysely<DB>, params: P) => Promise<Row[]> {
  const byEngine = new Map<unknown, { compiled: CompiledQuery<Row>; slots: Slot[] }>();
  return async (db, params) => {
    const engine = db.getExecutor().adapter.constructor;
    let entry = byEngine.get(engine);
    if (!entry) {
      const stand = Object.fromEntries(Object.keys(params).map((name) => [name, `${SLOT}${name}`])) as P;
      const compiled = build(db, stand).compile();
      const slots = compiled.parameters.map((value): Slot =>
        typeof value === 'string' && value.startsWith(SLOT) ? { param: value.slice(SLOT.length) } : { value });
      entry = { compiled, slots };
      byEngine.set(engine, entry);
    }
    const parameters = entry.slots.map((slot) => ('param' in slot ? params[slot.param] : slot.value));
    return (await db.executeQuery<Row>({ ...entry.compiled, parameters })).rows;
  };
}
