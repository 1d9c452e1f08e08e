import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderJob, StaticRenderer } from '../export/static/export-static-site.js';
import type { ExportedFile } from '../export/static/static-files.js';
import type { StaticWorkerData } from './static-export-worker.js';

/** Renderers in worker threads, each with its own connection and app; close() ends them. */
export interface WorkerPool {
  renderers: StaticRenderer[];
  close(): Promise<void>;
}

type Reply = { id?: number; results?: ExportedFile[]; error?: string; ready?: boolean };

/**
 * Each worker's old-generation heap, in MB. A worker's live heap stays near 40 MB, but unheld
 * V8 lets it grow far past that between major collections: at 10,000 articles the export
 * peaked at 997 MB with two workers, and at 625 MB with each thread held to 256 MB, for the
 * same CPU time.
 */
const WORKER_HEAP_MB = 256;

/** Run from the sources, a worker registers tsx (a development dependency) before loading its TypeScript entry. */
function tsxBootstrap(entry: URL): string {
  const api = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
}

function startWorker(data: StaticWorkerData): Promise<{ renderer: StaticRenderer; worker: Worker }> {
  // From the sources (tsx) the worker is the .ts file; built, its bundle (a few modules to
  // load instead of hundreds: each worker starts faster), or else the .js beside this one.
  const fromSource = extname(fileURLToPath(import.meta.url)) === '.ts';
  const bundled = new URL('../bundle/static-export-worker.js', import.meta.url);
  const entry = fromSource ? new URL('./static-export-worker.ts', import.meta.url) : existsSync(bundled) ? bundled : new URL('./static-export-worker.js', import.meta.url);
  const options = { workerData: data, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const worker = fromSource ? new Worker(tsxBootstrap(entry), { ...options, eval: true }) : new Worker(entry, options);
  const waiting = new Map<number, { resolve(files: ExportedFile[]): void; reject(error: Error): void }>();
  let next = 0;
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (reply: Reply) => {
      if (reply.ready !== undefined) {
        if (!reply.ready) return reject(new Error(reply.error ?? 'a worker could not open the site'));
        return resolve({
          worker,
          renderer: {
            render: (jobs: RenderJob[]) => new Promise((done, fail) => {
              const id = next++;
              waiting.set(id, { resolve: done, reject: fail });
              worker.postMessage({ id, jobs });
            }),
          },
        });
      }
      const pending = reply.id === undefined ? undefined : waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id!);
      if (reply.error !== undefined) pending.reject(new Error(reply.error));
      else pending.resolve(reply.results ?? []);
    });
    worker.on('error', (raw) => {
      const error = (raw as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new Error(`A page-rendering thread ran out of memory (its heap is held to ${WORKER_HEAP_MB} MB); export with --workers 0 to render in the main thread, which has no such limit.`)
        : raw;
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
  });
}

/** Starts `count` workers that render into `data.dir`. */
export async function startWorkerPool(count: number, data: StaticWorkerData): Promise<WorkerPool> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => startWorker(data)));
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const close = async () => {
    await Promise.all(workers.map(({ worker }) => new Promise<void>((resolve) => {
      // A worker that does not finish closing in time is stopped.
      const timer = setTimeout(() => void worker.terminate(), 10_000);
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.postMessage({ close: true });
    })));
  };
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await close();
    throw (failed as PromiseRejectedResult).reason;
  }
  return { renderers: workers.map((w) => w.renderer), close };
}
