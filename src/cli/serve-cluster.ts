import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:net';
import type { Config } from '../config/config.js';
import { describeDatabase } from '../config/database-url.js';
import { demoContent } from '../demo/content.js';
import { StartupError } from '../config/startup-error.js';
import { openSite, siteOptions, type ChangeChannel } from '../main.js';
import type { PublicChange } from '../services/reader/ports.js';

const CHANGE = 'dossier:change';
const APPLIED = 'dossier:change-applied';
const DONE = 'dossier:change-done';
const DATABASE_WAIT = 'dossier:database-wait';
const DATABASE_READY = 'dossier:database-ready';
/** How long a write waits for the other workers to forget what it changed. */
const ACK_TIMEOUT_MS = 2000;

type Message = { type?: string; id?: number; change?: PublicChange };

/** Refuses to start the workers on a port already taken, as a single process would (one line, exit 2). */
async function portIsFree(config: Config): Promise<void> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new StartupError(`Port ${config.port} is already in use on ${config.host}. Stop the other program or choose another port with --port or PORT.`));
      else if (error.code === 'EACCES') reject(new StartupError(`Not allowed to listen on port ${config.port}. Choose a port above 1024 with --port or PORT.`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new StartupError(`Cannot listen on host "${config.host}": no such address here. Check --host or HOST.`));
      else reject(error);
    });
    probe.listen(config.port, config.host, () => probe.close(() => resolve()));
  });
}

/** What `dossier serve --workers N` runs, in the primary and in each worker. */
export interface ClusterOptions {
  workers: number;
  demo: boolean;
  /** Whether one worker runs the background jobs. */
  jobs: boolean;
}

/**
 * In a worker: a change goes to the primary, which hands it to every other worker; the
 * write waits until they have all acted on it, so whichever worker answers next shows it.
 */
export function workerChannel(): ChangeChannel {
  let next = 0;
  const waiting = new Map<number, () => void>();
  process.on('message', (message: Message) => {
    if (message?.type === DONE && message.id !== undefined) waiting.get(message.id)?.();
  });
  return {
    publish: (change) => new Promise<void>((resolve) => {
      const id = next++;
      const done = () => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve();
      };
      const timer = setTimeout(done, ACK_TIMEOUT_MS);
      waiting.set(id, done);
      process.send?.({ type: CHANGE, id, change });
    }),
    subscribe: (listener) => process.on('message', (message: Message) => {
      if (message?.type !== CHANGE || !message.change) return;
      listener(message.change).catch(() => undefined).finally(() => process.send?.({ type: APPLIED, id: message.id }));
    }),
  };
}

/** In a worker: asks the primary, and resolves once it has brought the database up to date. */
export function databaseReady(): Promise<void> {
  return new Promise((resolve) => {
    const listener = (message: Message) => {
      if (message?.type !== DATABASE_READY) return;
      process.off('message', listener);
      resolve();
    };
    process.on('message', listener);
    process.send?.({ type: DATABASE_WAIT });
  });
}

/**
 * The primary: forks the workers, which share the port, and meanwhile brings the database
 * up to date (and seeds the demo) once; the workers load their code in parallel and open
 * the database when told it is ready. The first worker runs the background jobs. The
 * primary relays each worker's changes to the others (their in-memory caches), and
 * replaces a worker that dies.
 */
export async function runPrimary(config: Config, options: ClusterOptions): Promise<void> {
  await portIsFree(config);
  let databaseIsReady = false;
  const waitingForDatabase: Worker[] = [];
  let stopping = false;
  // Changes being handed round: which worker made each, and how many have yet to act on it.
  let relayId = 0;
  const pending = new Map<number, { from: Worker; id: number; left: number }>();
  const applied = (message: Message) => {
    const relay = pending.get(message.id!);
    if (!relay) return;
    relay.left -= 1;
    if (relay.left > 0) return;
    pending.delete(message.id!);
    if (relay.from.isConnected()) relay.from.send({ type: DONE, id: relay.id });
  };
  const fork = (index: number): Worker => {
    const worker = cluster.fork({ DOSSIER_WORKER: String(index), DOSSIER_RUN_JOBS: options.jobs && index === 0 ? '1' : '0' });
    worker.on('message', (message: Message) => {
      if (message?.type === DATABASE_WAIT) return databaseIsReady ? worker.send({ type: DATABASE_READY }) : waitingForDatabase.push(worker);
      if (message?.type === APPLIED) return applied(message);
      if (message?.type !== CHANGE) return;
      const others = Object.values(cluster.workers ?? {}).filter((other): other is Worker => Boolean(other) && other !== worker && other!.isConnected());
      const relay = relayId++;
      pending.set(relay, { from: worker, id: message.id!, left: others.length });
      if (others.length === 0) return applied({ type: APPLIED, id: relay });
      for (const other of others) other.send({ ...message, id: relay });
    });
    let served = false;
    worker.once('listening', () => (served = true));
    worker.on('exit', (code, signal) => {
      // A worker that never listened failed to start (it said why): starting another would fail the same way.
      if (stopping || !served) return;
      process.stderr.write(`dossier: worker ${index} stopped (${signal ?? `exit ${code}`}); starting another.\n`);
      setTimeout(() => fork(index), 1000);
    });
    return worker;
  };
  const workers = Array.from({ length: options.workers }, (_, i) => fork(i));
  // Stopping is heard from the start: a primary told to stop while its workers still start
  // stops them first, instead of leaving one to find its primary gone mid-listen (EPIPE).
  const stop = () => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    let left = alive.length;
    if (left === 0) process.exit(0);
    for (const worker of alive) {
      worker.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(0);
      });
      worker.process.kill('SIGTERM');
    }
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let seeded = false;
  try {
    const site = await openSite(config.database, undefined, siteOptions(config));
    try {
      seeded = options.demo ? (await site.services.transfer.seedDemo(demoContent)).seeded : false;
    } finally {
      await site.close();
    }
  } catch (error) {
    stopping = true;
    for (const worker of workers) worker.process.kill('SIGTERM');
    throw error;
  }
  databaseIsReady = true;
  for (const worker of waitingForDatabase.splice(0)) if (worker.isConnected()) worker.send({ type: DATABASE_READY });
  try {
    await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
      worker.once('listening', resolve);
      worker.once('exit', (code) => reject(new Error(String(code))));
    })));
  } catch (error) {
    // Told to stop while starting: `stop` exits once every worker has.
    if (stopping) return;
    // The worker said why on stderr, in one line; the others are stopped and so are we.
    stopping = true;
    for (const worker of workers) worker.process.kill('SIGTERM');
    process.exit(Number((error as Error).message) || 2);
  }
  const note = seeded ? ' — demo content added' : '';
  process.stdout.write(`Dossier is running at ${config.siteUrl} with ${options.workers} workers (${describeDatabase(config.database)}${note}). Press Ctrl+C to stop.\n`);
}
