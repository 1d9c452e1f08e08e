import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { invalid } from '../../domain/errors.js';
import { articleCardPath } from '../../domain/share-card.js';
import type { StaticPath } from '../../domain/static-page.js';
import { MANIFEST_FILE, readManifest, renderManifest, type ExportManifest } from './manifest.js';
import { fileOf, fileWriter, hashOf, type ExportedFile } from './static-files.js';

/** A path to render (and what it shows, when known), with the hash its file had at the last export (null: write it whatever it holds). */
export interface RenderJob extends StaticPath {
  oldHash: string | null;
  /** An article's: the hash its share card had at the last export (null: none kept). */
  oldCardHash?: string | null;
}

/** Renders paths as the live site answers them and keeps them as files (in this thread or a worker). */
export interface StaticRenderer {
  render(jobs: RenderJob[]): Promise<ExportedFile[]>;
}

/** What an export writes besides rendered pages: redirects files, the search index. */
export interface MadeFile {
  file: string;
  body: string | Buffer;
}

/** What an export did. */
export interface StaticExportSummary {
  /** Files the export holds now (manifest excluded). */
  files: number;
  /** HTML pages among them. */
  pages: number;
  written: number;
  unchanged: number;
  removed: number;
  seconds: number;
}

/** Paths rendered per round trip to a renderer: big enough to keep a worker busy, small enough to share out evenly. */
const BATCH = 32;

/**
 * Makes sure `dir` can take an export: a folder (created when missing), not a file.
 * Throws an Invalid error that names the problem, having written nothing.
 */
export function prepareExportFolder(dir: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw invalid(`${dir} is not a folder: give a folder to export the site to.`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw invalid(`${dir}: cannot create the folder (${(error as { code?: string }).code ?? String(error)}).`);
  }
}

/** Removes a file an earlier export wrote, and the folders it leaves empty. */
function remove(dir: string, file: string): boolean {
  // Only files inside the folder: a manifest is data, not an instruction to delete elsewhere.
  if (file.split(/[\\/]/).some((segment) => segment === '..') || file.startsWith('/')) return false;
  const target = join(dir, file);
  try {
    unlinkSync(target);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return false;
    throw error;
  }
  for (let folder = dirname(target); folder.startsWith(dir) && folder !== dir; folder = dirname(folder)) {
    if (readdirSync(folder).length > 0) break;
    rmdirSync(folder);
  }
  return true;
}

/**
 * Writes a static copy of the site into `dir`: every path through the renderers (shared out
 * in batches), then the made files, then removes what an earlier export wrote that the site
 * no longer has, and keeps a manifest (file → hash). With `incremental`, files whose content
 * is unchanged since the manifest are not written again.
 */
export async function exportStaticSite(input: {
  dir: string;
  paths: readonly StaticPath[];
  made: readonly MadeFile[];
  renderers: readonly StaticRenderer[];
  incremental: boolean;
  siteUrl: string;
  now: () => Date;
  onProgress?: (done: number, total: number) => void;
}): Promise<StaticExportSummary> {
  const started = performance.now();
  prepareExportFolder(input.dir);
  const previous = readManifest(input.dir);
  const known = input.incremental ? (previous?.files ?? {}) : {};
  // Which file a path lands in is only known once it answers (its type): look hashes up by path's likely files.
  const oldHashOf = (path: string): string | null => known[fileOf(path, '')] ?? known[fileOf(path, 'text/html')] ?? null;
  // Progress counts paths and made files; share cards come back beside their articles, uncounted.
  const total = input.paths.length + input.made.length;
  const results: ExportedFile[] = [];
  let next = 0;
  let rendered = 0;
  const work = async (renderer: StaticRenderer) => {
    while (next < input.paths.length) {
      const batch = input.paths.slice(next, next + BATCH);
      next += batch.length;
      const done = await renderer.render(batch.map((job) => ({
        ...job,
        oldHash: oldHashOf(job.path),
        ...(job.page?.kind === 'article' ? { oldCardHash: known[fileOf(articleCardPath(job.page.slug), 'image/png')] ?? null } : {}),
      })));
      results.push(...done);
      rendered += batch.length;
      input.onProgress?.(rendered, total);
    }
  };
  await Promise.all(input.renderers.map(work));
  const write = fileWriter(input.dir);
  for (const made of input.made) {
    const hash = hashOf(made.body);
    const written = known[made.file] !== hash;
    if (written) write(made.file, made.body);
    results.push({ path: `/${made.file}`, file: made.file, hash, bytes: Buffer.byteLength(made.body), written, html: false });
  }
  input.onProgress?.(total, total);
  const files: Record<string, string> = {};
  for (const result of results) {
    if (files[result.file] !== undefined) throw new Error(`Two addresses would be written to the same file, ${result.file}.`);
    files[result.file] = result.hash;
  }
  let removed = 0;
  for (const file of Object.keys(previous?.files ?? {})) if (files[file] === undefined && remove(input.dir, file)) removed++;
  const manifest: ExportManifest = { version: 1, exportedAt: input.now().toISOString(), siteUrl: input.siteUrl, files };
  write(MANIFEST_FILE, renderManifest(manifest));
  const written = results.filter((r) => r.written).length;
  return {
    files: results.length,
    pages: results.filter((r) => r.html).length,
    written,
    unchanged: results.length - written,
    removed,
    seconds: (performance.now() - started) / 1000,
  };
}
