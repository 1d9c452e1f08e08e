import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { writeBenchDossierJson, writeBenchGhost, writeBenchMarkdown } from './import-generate.js';
import { writeBenchWxr } from './wxr-generate.js';

/** The importers the benchmark runs. */
export const IMPORT_KINDS = ['wordpress', 'ghost', 'json', 'markdown'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One importer at one size on one engine: the median of its runs by time. */
export interface ImportFigure {
  kind: ImportKind;
  engine: 'sqlite' | 'postgres';
  posts: number;
  mb: number;
  seconds: number;
  perSecond: number;
  /** CPU milliseconds per post during the import, all threads. */
  cpuMsPerPost: number;
  maxRssMb: number;
  runs: number;
}

const POSTGRES = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

async function generate(kind: ImportKind, path: string, posts: number): Promise<number> {
  if (kind === 'wordpress') return writeBenchWxr(path, posts);
  if (kind === 'ghost') return writeBenchGhost(path, posts);
  if (kind === 'json') return writeBenchDossierJson(path, posts);
  return writeBenchMarkdown(path, posts);
}

async function postgresSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `bench_import_${process.pid}_${Date.now().toString(36)}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: POSTGRES });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await run(`create schema ${schema}`);
  return { url: `${POSTGRES}?schema=${schema}`, drop: () => run(`drop schema if exists ${schema} cascade`) };
}

/**
 * Import throughput and peak memory per importer, size and engine, each import in its own
 * process on an empty database; the median of `runs` runs. Runs the built code when it is
 * there (BENCH_IMPORT_BUILT=1, as `npm run bench:import` sets), else the sources under tsx.
 */
export async function benchImport(
  sizes: number[],
  options: { kinds?: readonly ImportKind[]; engines?: ReadonlyArray<'sqlite' | 'postgres'>; runs?: number; onFigure?: (figure: ImportFigure) => void } = {},
): Promise<ImportFigure[]> {
  const { kinds = ['wordpress'], engines = ['sqlite'], runs = 1 } = options;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-import-'));
  try {
    const figures: ImportFigure[] = [];
    for (const kind of kinds) {
      for (const posts of sizes) {
        const file = join(dir, `${kind}-${posts}${kind === 'markdown' ? '' : kind === 'wordpress' ? '.xml' : '.json'}`);
        const bytes = await generate(kind, file, posts);
        for (const engine of engines) {
          const results = [];
          for (let run = 0; run < runs; run++) {
            const database = engine === 'sqlite' ? { url: `sqlite:${join(dir, `${kind}-${posts}-${run}.db`)}`, drop: async () => undefined } : await postgresSchema();
            try {
              const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/import-child.ts', kind, file, database.url], { encoding: 'utf8', maxBuffer: 1 << 20 });
              if (child.status !== 0) throw new Error(`${kind} import of ${posts} posts on ${engine} failed: ${child.stderr}`);
              results.push(JSON.parse(child.stdout) as { ms: number; cpuMs: number; posts: number; maxRssMb: number });
            } finally {
              await database.drop();
            }
          }
          results.sort((a, b) => a.ms - b.ms);
          const median = results[Math.floor(results.length / 2)]!;
          const figure: ImportFigure = {
            kind, engine, posts: median.posts, mb: bytes / 1e6, seconds: median.ms / 1000, perSecond: median.posts / (median.ms / 1000), cpuMsPerPost: median.cpuMs / median.posts,
            maxRssMb: Math.max(...results.map((r) => r.maxRssMb)), runs,
          };
          options.onFigure?.(figure);
          figures.push(figure);
        }
      }
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
