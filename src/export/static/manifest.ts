import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The manifest file an export keeps in its folder. */
export const MANIFEST_FILE = '.dossier-export.json';

/** What the last export wrote: each file's content hash, and when. */
export interface ExportManifest {
  version: 1;
  exportedAt: string;
  siteUrl: string;
  /** File (relative to the export folder) → content hash. */
  files: Record<string, string>;
}

/** The manifest of an earlier export in `dir`, or null when there is none (or it cannot be read). */
export function readManifest(dir: string): ExportManifest | null {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ExportManifest>;
    if (parsed.version !== 1 || typeof parsed.files !== 'object' || parsed.files === null) return null;
    return { version: 1, exportedAt: String(parsed.exportedAt ?? ''), siteUrl: String(parsed.siteUrl ?? ''), files: parsed.files };
  } catch {
    return null;
  }
}

/** The manifest as written to disk (files sorted, so it diffs well). */
export function renderManifest(manifest: ExportManifest): string {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ ...manifest, files }, null, 1)}\n`;
}
