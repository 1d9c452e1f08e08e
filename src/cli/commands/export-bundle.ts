import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packArchive, unpackArchive } from '../../backup/archive.js';
import { filesUnder } from '../../backup/media-files.js';
import { StartupError } from '../../config/startup-error.js';

/** The name of the JSON document inside a `--media` bundle. */
const DOCUMENT = 'export.json';

/** Is this file a bundle (`dossier export json --media`) rather than a bare JSON export? */
export const isBundle = (file: string): boolean => /\.(tar\.gz|tgz)$/i.test(file);

/** Writes the export and the media folder's files as one .tar.gz: `export.json` and `media/…`. Returns how many media files went in. */
export async function writeBundle(file: string, json: string, mediaDir: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-export-'));
  try {
    writeFileSync(join(dir, DOCUMENT), json);
    const entries = [DOCUMENT];
    const media = await filesUnder(mediaDir);
    if (media.length > 0) {
      symlinkSync(resolve(mediaDir), join(dir, 'media'), 'dir');
      entries.push('media');
    }
    await packArchive(file, dir, entries, (path) => !/(^|\/)\..+\.tmp$/.test(path), () => {});
    return media.length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A bundle unpacked: its JSON, and where its media files are until `copyMedia` or `close`. */
export interface OpenedBundle {
  json: string;
  copyMedia(mediaDir: string): Promise<number>;
  close(): void;
}

/** Unpacks a bundle into a temporary folder; a damaged one, or one without export.json, is an error naming the file. */
export async function openBundle(file: string): Promise<OpenedBundle> {
  if (!existsSync(file)) throw new StartupError(`${file}: no such file.`);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-import-'));
  const close = () => rmSync(dir, { recursive: true, force: true });
  try {
    await unpackArchive(file, dir);
    if (!existsSync(join(dir, DOCUMENT))) throw new StartupError(`${file}: there is no ${DOCUMENT} in it; expected a bundle from \`dossier export json --media\`.`);
    return {
      json: readFileSync(join(dir, DOCUMENT), 'utf8'),
      async copyMedia(mediaDir) {
        const files = await filesUnder(join(dir, 'media'));
        // A file already in the media folder is kept: media files are named by their content.
        if (files.length > 0) await cp(join(dir, 'media'), mediaDir, { recursive: true, force: false, errorOnExist: false });
        return files.length;
      },
      close,
    };
  } catch (error) {
    close();
    if (error instanceof StartupError) throw error;
    throw new StartupError(error instanceof Error ? error.message : String(error));
  }
}
