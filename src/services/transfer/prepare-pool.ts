import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { preparePost, type PrepareInput, type PreparedPost } from './prepare-post.js';

/** Renders imported posts: in worker threads for a big import, on this thread for a few posts. */
export interface PreparePool {
  /** The posts prepared, in the order given. */
  prepare(inputs: PrepareInput[]): Promise<PreparedPost[]>;
  /**
   * Says `posts` posts are queued: once that is a batch worth threading, the threads start
   * now, loading the render pipeline while the importer reads on rather than when the batch is full.
   */
  warm(posts: number): void;
  close(): Promise<void>;
}

// Below this many posts in a batch, starting threads (each loads the Markdown pipeline) costs more than it saves.
const THREADED_FROM = 64;
// Posts a message: enough to make the copying cheap, few enough to keep every thread busy.
const PER_MESSAGE = 16;

type Pending = { resolve(results: PreparedPost[]): void; reject(error: Error): void };

/**
 * A pool of `threads` workers (default: one per core, at most 4; DOSSIER_IMPORT_THREADS
 * overrides, 0 for none). Threads start on the first big batch and end with `close`.
 */
export function createPreparePool(threads = Number(process.env['DOSSIER_IMPORT_THREADS'] ?? Math.min(4, availableParallelism()))): PreparePool {
  let workers: Worker[] | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let turn = 0;

  function start(): Worker[] {
    // Built code runs the .js worker; under tsx (tests, benches) the .ts one, with tsx
    // registered in the thread first (Node 20 does not pass --import on to workers).
    const typescript = import.meta.url.endsWith('.ts');
    const url = new URL(typescript ? './prepare-worker.ts' : './prepare-worker.js', import.meta.url);
    const entry = typescript
      ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`
      : url;
    return Array.from({ length: threads }, () => {
      // A larger young generation: parsing Markdown makes many short-lived objects.
      const worker = new Worker(entry, { eval: typescript, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      worker.on('message', (message: { id: number; results?: PreparedPost[]; error?: string }) => {
        const job = pending.get(message.id);
        pending.delete(message.id);
        if (message.error !== undefined) job?.reject(new Error(message.error));
        else job?.resolve(message.results!);
      });
      worker.on('error', (error) => {
        for (const job of pending.values()) job.reject(error);
        pending.clear();
      });
      return worker;
    });
  }

  function send(inputs: PrepareInput[]): Promise<PreparedPost[]> {
    workers ??= start();
    const worker = workers[turn++ % workers.length]!;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, inputs });
    });
  }

  return {
    async prepare(inputs) {
      if (threads <= 0 || (workers === null && inputs.length < THREADED_FROM)) return inputs.map(preparePost);
      const parts: Array<Promise<PreparedPost[]>> = [];
      for (let i = 0; i < inputs.length; i += PER_MESSAGE) parts.push(send(inputs.slice(i, i + PER_MESSAGE)));
      return (await Promise.all(parts)).flat();
    },
    warm(posts) {
      if (threads > 0 && workers === null && posts >= THREADED_FROM) workers = start();
    },
    async close() {
      const running = workers ?? [];
      workers = null;
      await Promise.all(running.map((worker) => worker.terminate()));
    },
  };
}
