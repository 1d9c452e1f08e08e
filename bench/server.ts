import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A built `dossier serve` started for measuring. */
export interface BenchServer {
  child: ChildProcess;
  base: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 answer of `/`. */
  firstAnswerMs: number;
  /** What it wrote (stdout logs and stderr, the last 4 MB) when started with `captureOutput`; else ''. */
  output(): string;
  stop(): Promise<void>;
}

const OUTPUT_KEPT = 4 * 1024 * 1024;

/**
 * Starts the compiled server (npm run build first) and waits for its first 200. Its stderr
 * goes to ours; with `captureOutput` its log lines (stdout, warnings and errors at the
 * default LOG_LEVEL=warn) and stderr are also kept for `output()`.
 */
export async function startBenchServer(
  databaseUrl: string,
  port: number,
  extraArgs: string[] = [],
  env: Record<string, string> = {},
  options: { captureOutput?: boolean } = {},
): Promise<BenchServer> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/dossier.js', 'serve', '--port', String(port), '--host', '127.0.0.1', ...extraArgs], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', options.captureOutput ? 'pipe' : 'ignore', options.captureOutput ? 'pipe' : 'inherit'],
  });
  let kept = '';
  const keep = (chunk: Buffer) => {
    kept = (kept + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    keep(chunk);
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${base}/`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const firstAnswerMs = performance.now() - started;
  return {
    child,
    base,
    pid: child.pid!,
    firstAnswerMs,
    output: () => kept,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
