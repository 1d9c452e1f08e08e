import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = ['--import', 'tsx', 'src/cli/main.ts'];

/** What a finished CLI run printed. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `dossier ARGS` to completion (from source, via tsx); `input` is piped to its stdin. */
export function runCli(args: string[], env: Record<string, string> = {}, input?: string): CliResult {
  const result = spawnSync(process.execPath, [...ENTRY, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
    timeout: 60_000,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A `dossier serve` process that has said it is running. */
export interface ServeProcess {
  child: ChildProcess;
  url: string;
  stdout: string;
  stop(): Promise<void>;
}

/** The built, bundled CLI that `npm install` makes (bin/dossier.js), as users run it. */
const BUILT_ENTRY = ['bin/dossier.js'];

/**
 * Starts `dossier serve ARGS` (from source, or `built`: the bundled CLI) and resolves once
 * it prints its address (or rejects when it exits).
 */
export function startServe(args: string[], env: Record<string, string> = {}, options: { built?: boolean } = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [...(options.built ? BUILT_ENTRY : ENTRY), 'serve', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  });
  let stdout = '';
  let stderr = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /running at (\S+)/.exec(stdout);
      if (match) resolve({ child, url: match[1]!, stdout, stop });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

/**
 * Runs `dossier ARGS` without blocking this process, for tests whose own local servers
 * (link peers) must keep answering while the command runs, or that run several at once;
 * `input` is piped to its stdin.
 */
export function runCliAsync(args: string[], env: Record<string, string> = {}, input?: string): Promise<CliResult> {
  const child = spawn(process.execPath, [...ENTRY, ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  if (input !== undefined) child.stdin.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => {
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** A port free on 127.0.0.1 right now, for a server a test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
