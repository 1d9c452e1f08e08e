// Static export throughput, as a user runs it: the built CLI (`node bin/dossier.js export
// static DIR`, its workers loading the bundle) in a child process, timed from start to exit,
// with its peak memory (the kernel's high-water mark, VmHWM, which counts the worker threads)
// and CPU time read from /proc while it runs. Run it standalone (after `npm run build`) with
//   npx tsx bench/static-export.ts DATABASE_URL [workers]
// (generate a site with bench/bulk-generate.ts); bench/scale.ts reports it for each size.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one export measured. */
export interface StaticExportFigure {
  files: number;
  pages: number;
  /** Wall time from the command's start to its exit (start-up included). */
  seconds: number;
  /** User + system CPU time of the command and its threads: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  pagesPerSecond: number;
  peakRssMb: number;
}

const CLI = new URL('../bin/dossier.js', import.meta.url);
const TICKS_PER_SECOND = 100;

/** The process's peak RSS (kB) and CPU ticks so far, or null once it has gone. */
function readProc(pid: number): { hwmKb: number; ticks: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which sits in parentheses): utime and stime are 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { hwmKb: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Two exports of one site: the first draws every share card, the second finds them kept in the media folder. */
export interface StaticExportFigures {
  first: StaticExportFigure;
  cardsKept: StaticExportFigure;
}

/**
 * Exports the site at `databaseUrl` twice, with `workers` worker threads (0: the main thread
 * only), each time into a new scratch folder, with one scratch media folder: the first export
 * draws every share card (as on a site imported or generated in bulk), the second reads the
 * cards the first kept (as on a site whose cards were drawn when served or exported before).
 */
export async function benchStaticExport(databaseUrl: string, workers?: number): Promise<StaticExportFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-static-bench-'));
  try {
    const env = { ...process.env, DATABASE_URL: databaseUrl, SITE_URL: 'https://bench.example.org', NODE_ENV: 'production', MEDIA_DIR: join(dir, 'media') };
    const first = await exportOnce(join(dir, 'first'), env, workers);
    const cardsKept = await exportOnce(join(dir, 'again'), env, workers);
    return { first, cardsKept };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function exportOnce(target: string, env: NodeJS.ProcessEnv, workers: number | undefined): Promise<StaticExportFigure> {
  const args = [CLI.pathname, 'export', 'static', target, ...(workers === undefined ? [] : ['--workers', String(workers)])];
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // The last reading of a process that has exited (a zombie) has its CPU time but no memory: keep the highest mark.
  let peakKb = 0;
  let ticks = 0;
  const sampler = setInterval(() => {
    const reading = readProc(child.pid!);
    if (reading) [peakKb, ticks] = [Math.max(peakKb, reading.hwmKb), reading.ticks];
  }, 25);
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`dossier export static exited with ${code}: ${err.trim().slice(-500)}`);
  const summary = /Exported ([\d,]+) files \(([\d,]+) pages\)/.exec(out);
  if (!summary) throw new Error(`dossier export static printed no summary: ${out.trim().slice(-500)}`);
  const files = Number(summary[1]!.replace(/,/g, ''));
  const pages = Number(summary[2]!.replace(/,/g, ''));
  return { files, pages, seconds, cpuSeconds: ticks / TICKS_PER_SECOND, pagesPerSecond: pages / seconds, peakRssMb: peakKb / 1024 };
}

/** One line of figures. */
export const describeStaticExport = (figure: StaticExportFigure): string =>
  `${figure.files.toLocaleString('en')} files (${figure.pages.toLocaleString('en')} pages) in ${figure.seconds.toFixed(1)} s (${figure.cpuSeconds.toFixed(1)} s of CPU), ${figure.pagesPerSecond.toFixed(0)} pages/s, peak RSS ${figure.peakRssMb.toFixed(0)} MB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2];
  if (!url) throw new Error('usage: npx tsx bench/static-export.ts DATABASE_URL [workers]   (after npm run build)');
  const figures = await benchStaticExport(url, process.argv[3] === undefined ? undefined : Number(process.argv[3]));
  console.log(`static export, cards drawn: ${describeStaticExport(figures.first)}`);
  console.log(`static export, cards kept:  ${describeStaticExport(figures.cardsKept)}`);
}
