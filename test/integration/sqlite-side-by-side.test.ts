import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { createTestSite } from '../support/site.js';

/**
 * A CLI command (an import, `dossier user add`) writing to the SQLite file while the site
 * saves: every save waits its turn and succeeds, none fails with "database is locked".
 * The other process here is a plain better-sqlite3 writer committing small transactions
 * in a loop (hold 3 ms, pause 5 ms), as a batched import does.
 */
const WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 5000');
db.exec('create table if not exists side_writes (id integer primary key, at text)');
const insert = db.prepare('insert into side_writes (at) values (?)');
const until = Date.now() + Number(process.argv[2]);
let commits = 0;
process.stdout.write('ready\\n');
while (Date.now() < until) {
  db.exec('begin immediate');
  insert.run(new Date().toISOString());
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3);
  db.exec('commit');
  commits++;
  // Between batches an import parses its next posts.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
}
process.stdout.write(String(commits) + '\\n');
`;

test('site writes succeed while another process commits to the same SQLite file', async () => {
  const site = await createTestSite('sqlite');
  try {
    const path = site.database.target.engine === 'sqlite' ? site.database.target.path : '';
    const writer = spawn(process.execPath, ['-e', WRITER, path, '2500'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    writer.stdout.setEncoding('utf8');
    await new Promise<void>((resolve) => writer.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('ready')) resolve();
    }));
    const failures: string[] = [];
    let saved = 0;
    const deadline = Date.now() + 2000;
    for (let i = 0; Date.now() < deadline; i++) {
      try {
        // Each reads (is the slug free?) and then writes, in one transaction.
        await site.services.structure.createTag({ slug: `side-${i}`, name: `Side ${i}` });
        saved++;
      } catch (error) {
        failures.push((error as Error).message);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    const exit = await new Promise<number | null>((resolve) => writer.on('exit', resolve));
    assert.equal(exit, 0);
    const commits = Number(out.trim().split('\n').pop());
    assert.ok(commits > 20, `the other process committed only ${commits} times`);
    assert.deepEqual(failures.slice(0, 3), [], `${failures.length} of ${saved + failures.length} saves failed`);
    assert.ok(saved > 20, `only ${saved} saves`);
  } finally {
    await site.close();
  }
});
