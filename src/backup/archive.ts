import { create, extract } from 'tar';
import { BackupError } from '../store/database-backup.js';

/**
 * Writes `entries` (paths inside `cwd`) as one gzipped tar; `media` may be a link to the media
 * folder (followed), and only the files `keep` accepts are taken from it, so a file uploaded
 * after the media were listed is not in the archive without being in the manifest.
 */
export async function packArchive(file: string, cwd: string, entries: string[], keep: (path: string, size: number) => boolean, onEntry: () => void): Promise<void> {
  const warnings: string[] = [];
  await create(
    {
      file,
      cwd,
      gzip: true,
      portable: true,
      follow: true,
      filter: (path, stat) => ('isDirectory' in stat && stat.isDirectory()) || keep(path.replace(/^\.\//, ''), stat.size ?? -1),
      onWriteEntry: () => onEntry(),
      onwarn: (_code, message) => warnings.push(String(message)),
    },
    entries,
  );
  if (warnings.length > 0) throw new BackupError(`The backup could not read every file: ${warnings[0]}. A media file may have changed while it was written; run the backup again.`);
}

/**
 * Unpacks a backup into `cwd` (a new, empty folder). Only files and folders are taken, none
 * outside `cwd`; a truncated or damaged archive is a BackupError that names the file.
 */
export async function unpackArchive(file: string, cwd: string): Promise<void> {
  try {
    await extract({
      file,
      cwd,
      strict: true,
      filter: (_path, entry) => 'type' in entry && (entry.type === 'File' || entry.type === 'Directory'),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(`${file} is not a whole Dossier backup: the archive is cut short or damaged (${reason}). Nothing was restored.`);
  }
}
