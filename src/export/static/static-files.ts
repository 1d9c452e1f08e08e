import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a page answered, as the live site would send it. */
export interface PageAnswer {
  status: number;
  contentType: string;
  body: Buffer;
}

/** A file of the export: where it came from, what it holds (by hash), whether this run wrote it. */
export interface ExportedFile {
  path: string;
  file: string;
  hash: string;
  bytes: number;
  written: boolean;
  html: boolean;
}

/**
 * The file a path is kept in: an HTML page as `PATH/index.html` (`/` → `index.html`,
 * `/2026/03/tides` → `2026/03/tides/index.html`), anything else at its exact path.
 */
export function fileOf(path: string, contentType: string): string {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // A path that is not valid percent-encoding is kept as it is.
  }
  const rel = decoded.replace(/^\/+/, '').replace(/\/+$/, '');
  if (rel.split('/').some((segment) => segment === '..' || segment === '.')) throw new Error(`${path}: not a path a static site can hold.`);
  if (!/^text\/html\b/.test(contentType)) return rel;
  return rel === '' ? 'index.html' : `${rel}/index.html`;
}

/** The hash a file is known by in the manifest. */
export const hashOf = (body: Buffer | string): string => createHash('sha1').update(body).digest('base64url');

/** Writes files under one folder, making each folder once. */
export function fileWriter(dir: string) {
  const made = new Set<string>();
  return (file: string, body: Buffer | string): void => {
    const target = join(dir, file);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, body);
  };
}

/**
 * Keeps one answer as a file: refuses anything but a 200, and writes it only when its
 * hash differs from `oldHash` (the manifest's, on an incremental export; null rewrites it).
 */
export function keepAnswer(write: (file: string, body: Buffer) => void, path: string, answer: PageAnswer, oldHash: string | null): ExportedFile {
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}; a static copy needs every page to answer 200.`);
  const file = fileOf(path, answer.contentType);
  const hash = hashOf(answer.body);
  const written = hash !== oldHash;
  if (written) write(file, answer.body);
  return { path, file, hash, bytes: answer.body.length, written, html: /^text\/html\b/.test(answer.contentType) };
}

/** A generated share card a page names: its address, and its PNG drawn when asked. */
export interface CardToKeep {
  path: string;
  png(): Promise<Buffer>;
}

/**
 * Keeps an article's share card. When the article's page is unchanged since the last export
 * (it names the card's version) and the card is still there, it is not drawn again.
 */
export async function keepCard(write: (file: string, body: Buffer) => void, dir: string, card: CardToKeep, oldHash: string | null, pageUnchanged: boolean): Promise<ExportedFile> {
  const file = fileOf(card.path, 'image/png');
  const target = join(dir, file);
  if (pageUnchanged && oldHash !== null && existsSync(target)) {
    return { path: card.path, file, hash: oldHash, bytes: statSync(target).size, written: false, html: false };
  }
  return keepAnswer(write, card.path, { status: 200, contentType: 'image/png', body: await card.png() }, oldHash);
}
