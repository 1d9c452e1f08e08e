import { sql, type Expression } from 'kysely';

/**
 * A CHECK constraint that `column` holds one of `values`: `"column" in ('a', 'b')`, the same
 * SQL on both engines. Migrations that ran already depend on that exact text; keep it.
 */
export function checkOneOf(column: string, values: readonly string[]): Expression<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
