import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/store/schema.js';
import ts from 'typescript';
import { openDatabase } from '../../src/store/open-database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { ENGINES, freshDatabase, type FreshDatabase, type TestEngine } from '../support/databases.js';

// The Kysely table types in schema.ts are written by hand, so nothing but this test keeps
// them true to what the migrations create. Types vanish at run time, so the declared
// columns are read from the source with the TypeScript parser.

const SCHEMA_FILE = fileURLToPath(new URL('../../src/store/schema.ts', import.meta.url));
const DB_INTERFACE = 'DB';

/** Tables the migrations create that are deliberately not in the `DB` type, each with why. */
const NOT_IN_DB_TYPE: Record<string, string> = {
  search_index: 'engine-specific shape (FTS5 vs tsvector), read and written only by sqlite/ and postgres/ search-index.ts',
  search_index_config: 'FTS5 shadow table of search_index (SQLite)',
  search_index_content: 'FTS5 shadow table of search_index (SQLite)',
  search_index_data: 'FTS5 shadow table of search_index (SQLite)',
  search_index_docsize: 'FTS5 shadow table of search_index (SQLite)',
  search_index_idx: 'FTS5 shadow table of search_index (SQLite)',
  kysely_migration: "Kysely's own record of applied migrations",
  kysely_migration_lock: "Kysely's own migration lock",
  sqlite_sequence: 'SQLite internal counter behind AUTOINCREMENT',
};

/** A column: its name and whether it may hold NULL. */
interface Column {
  name: string;
  nullable: boolean;
}

/** Kysely wrappers whose first type argument is the selected type. */
const WRAPPERS = new Set(['Generated', 'GeneratedAlways', 'ColumnType']);

function selectType(node: ts.TypeNode): ts.TypeNode {
  if (ts.isTypeReferenceNode(node) && WRAPPERS.has(node.typeName.getText()) && node.typeArguments?.[0]) return selectType(node.typeArguments[0]);
  if (ts.isParenthesizedTypeNode(node)) return selectType(node.type);
  return node;
}

function admitsNull(node: ts.TypeNode): boolean {
  const type = selectType(node);
  const isNull = (t: ts.TypeNode) => ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword;
  return isNull(type) || (ts.isUnionTypeNode(type) && type.types.some((t) => isNull(selectType(t))));
}

/** Table name → columns, as the `DB` interface of schema.ts declares them. */
function declaredTables(): Map<string, Column[]> {
  // schema.ts, and the file it takes the integration tables from (webhooks, Admin API keys, captures).
  const sources = [SCHEMA_FILE, SCHEMA_FILE.replace(/schema\.ts$/, 'schema-integrations.ts')]
    .map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  const interfaces = new Map(sources.flatMap((source) => source.statements.filter(ts.isInterfaceDeclaration)).map((d) => [d.name.text, d]));
  const properties = (decl: ts.InterfaceDeclaration) => {
    // An `extends` would hide columns from this reader; refuse rather than under-report.
    assert.equal(decl.heritageClauses, undefined, `${decl.name.text} extends another type; list its columns directly`);
    return decl.members.map((m) => {
      assert.ok(ts.isPropertySignature(m) && m.type && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)), `${decl.name.text}: unexpected member ${m.getText()}`);
      return { name: m.name.text, type: m.type };
    });
  };
  const db = interfaces.get(DB_INTERFACE);
  assert.ok(db, `schema.ts declares no interface ${DB_INTERFACE}`);
  const tables = new Map<string, Column[]>();
  for (const { name, type } of properties(db)) {
    assert.ok(ts.isTypeReferenceNode(type), `${DB_INTERFACE}.${name} is not a named interface`);
    const table = interfaces.get(type.typeName.getText());
    assert.ok(table, `${DB_INTERFACE}.${name}: no interface ${type.typeName.getText()} in schema.ts`);
    tables.set(name, properties(table).map((p) => ({ name: p.name, nullable: admitsNull(p.type) })));
  }
  return tables;
}

/** Table name → columns, as the migrated database has them. */
async function createdTables(db: Kysely<DB>, engine: TestEngine, schema: string | undefined): Promise<Map<string, Column[]>> {
  const tables = new Map<string, Column[]>();
  if (engine === 'sqlite') {
    const names = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(db);
    for (const { name } of names.rows) {
      const info = await sql<{ name: string; notnull: number; pk: number }>`select name, "notnull", pk from pragma_table_info(${name})`.execute(db);
      // SQLite reports notnull = 0 for primary keys; an INTEGER PRIMARY KEY is the rowid and
      // never NULL, and our text keys are always written, so a key counts as NOT NULL here.
      tables.set(name, info.rows.map((c) => ({ name: c.name, nullable: c.notnull === 0 && c.pk === 0 })));
    }
    return tables;
  }
  const columns = await sql<{ table_name: string; column_name: string; is_nullable: string }>`
    select c.table_name, c.column_name, c.is_nullable
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = ${schema} and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`.execute(db);
  for (const c of columns.rows) {
    const list = tables.get(c.table_name) ?? [];
    list.push({ name: c.column_name, nullable: c.is_nullable === 'YES' });
    tables.set(c.table_name, list);
  }
  return tables;
}

/** Every disagreement between the declared and the created tables, one readable line each. */
function mismatches(declared: Map<string, Column[]>, created: Map<string, Column[]>): string[] {
  const out: string[] = [];
  for (const name of created.keys()) {
    if (!declared.has(name) && !(name in NOT_IN_DB_TYPE)) out.push(`table ${name}: created by the migrations, missing from ${DB_INTERFACE}`);
  }
  for (const [name, columns] of declared) {
    const actual = created.get(name);
    if (!actual) {
      out.push(`table ${name}: declared in ${DB_INTERFACE}, not created by the migrations`);
      continue;
    }
    const byName = new Map(actual.map((c) => [c.name, c]));
    for (const column of columns) {
      const found = byName.get(column.name);
      if (!found) out.push(`${name}.${column.name}: declared in schema.ts, missing from the database`);
      else if (found.nullable !== column.nullable) {
        out.push(`${name}.${column.name}: schema.ts says ${column.nullable ? 'nullable' : 'NOT NULL'}, the database says ${found.nullable ? 'nullable' : 'NOT NULL'}`);
      }
    }
    const declaredNames = new Set(columns.map((c) => c.name));
    for (const column of actual) {
      if (!declaredNames.has(column.name)) out.push(`${name}.${column.name}: in the database, missing from schema.ts`);
    }
  }
  return out;
}

for (const engine of ENGINES) {
  describe(`schema.ts table types (${engine})`, () => {
    const created: FreshDatabase[] = [];
    after(async () => {
      for (const db of created) await db.drop();
    });

    test('declare exactly the tables, columns and nullability the migrations create', async () => {
      const fresh = await freshDatabase(engine);
      created.push(fresh);
      const database = await openDatabase(fresh.target);
      try {
        await migrateToLatest(database);
        const actual = await createdTables(database.db, engine, database.schema);
        const declared = declaredTables();
        assert.ok(declared.size > 20 && actual.size > 20, 'both sides list the tables');
        assert.deepEqual(mismatches(declared, actual), []);
      } finally {
        await database.close();
      }
    });
  });
}
