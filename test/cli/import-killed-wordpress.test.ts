import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchWxr } from '../../bench/wxr-generate.js';
import { ENGINES, freshDatabase, type FreshDatabase } from '../support/databases.js';
import { rawRows } from '../support/raw-rows.js';
import { runCli } from '../support/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-import-killed-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const POSTS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function databaseUrl(database: FreshDatabase): string {
  const target = database.target;
  return target.engine === 'sqlite' ? `sqlite:${target.path}` : `${target.url}?schema=${target.schema}`;
}

/**
 * How far the CLI has read the export: the file position of its open descriptor (Linux
 * /proc). The importer reads as it writes, a chunk at a time, so a position past the first
 * chunks and short of the end means it is half-way, its transaction open.
 */
function readPosition(pid: number, file: string): number | null {
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      if (readlinkSync(`/proc/${pid}/fd/${fd}`) !== file) continue;
      const pos = /^pos:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'));
      if (pos) return Number(pos[1]);
    }
  } catch {
    // The process is gone, or has not opened the file yet.
  }
  return null;
}

/** `dossier ARGS` run to the end, without runCli's 60-second limit. */
function runLong(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, stdout, stderr })));
}

for (const engine of ENGINES) {
  describe(`an import killed half-way (${engine})`, () => {
    test('leaves nothing behind, and running it again completes it', { timeout: 240_000 }, async () => {
      const file = join(dir, `site-${engine}.xml`);
      await writeBenchWxr(file, POSTS);
      const database = await freshDatabase(engine);
      try {
        const env = { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl(database), DOSSIER_IMPORT_THREADS: '0' };
        assert.equal(runCli(['migrate'], { DATABASE_URL: env.DATABASE_URL }).status, 0);
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', 'wordpress', file], { cwd: ROOT, env });
        let stdout = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
        const size = statSync(file).size;
        for (;;) {
          assert.equal(child.exitCode, null, `the import ended before it could be killed: ${stdout}`);
          const pos = readPosition(child.pid!, file);
          if (pos !== null && pos > size * 0.4 && pos < size) break;
          await sleep(50);
        }
        child.kill('SIGKILL');
        await exited;
        assert.doesNotMatch(stdout, /Imported/, 'killed before the end');
        for (const table of ['articles', 'sections', 'tags', 'authors', 'comments', 'redirects', 'import_sources']) {
          assert.deepEqual(await rawRows(database, table), [], `no ${table} left behind`);
        }
        const rerun = await runLong(['import', 'wordpress', file], env);
        assert.equal(rerun.status, 0, rerun.stderr);
        assert.match(rerun.stdout, new RegExp(`posts\\s+${POSTS}\\s+0\\s+0\\s+0`));
        assert.equal((await rawRows(database, 'articles')).length, POSTS);
      } finally {
        await database.drop();
      }
    });
  });
}
