import { z } from 'zod';
import { BackupError } from '../store/database-backup.js';

/** The version of the backup file's layout this Dossier writes and reads. */
export const BACKUP_FORMAT_VERSION = 1;

const tableName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a table name');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');
// A path inside MEDIA_DIR, '/'-separated, that cannot climb out of it.
const mediaPath = z.string().refine((path) => path !== '' && !path.startsWith('/') && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), 'a relative path inside the media folder');

const manifestSchema = z.object({
  format: z.literal('dossier-backup'),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  dossierVersion: z.string(),
  engine: z.enum(['sqlite', 'postgres']),
  createdAt: z.iso.datetime(),
  database: z.object({
    format: z.enum(['sqlite', 'pg_dump', 'json']),
    file: z.enum(['database.sqlite', 'database.sql', 'database.jsonl']),
    schema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/).optional(),
    size: z.number().int().min(0),
    sha256,
    migrations: z.array(z.string()),
    tables: z.record(tableName, z.number().int().min(0)),
  }),
  media: z.array(z.object({ path: mediaPath, size: z.number().int().min(0), sha256 })),
});

/** What a backup holds, written first into it as manifest.json. */
export type BackupManifest = z.infer<typeof manifestSchema>;

/** Reads manifest.json; a missing, newer or malformed one is a BackupError naming what is wrong. */
export function parseManifest(text: string | null): BackupManifest {
  if (text === null) throw new BackupError('The file is not a Dossier backup: it has no manifest.json. Nothing was restored.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`The backup's manifest.json is not valid JSON (${(error as Error).message}). Nothing was restored.`);
  }
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    throw new BackupError(`The backup is in format version ${version}, made by a newer Dossier; this one reads version ${BACKUP_FORMAT_VERSION}. Upgrade Dossier to restore it.`);
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BackupError(`The backup's manifest.json is not valid: ${issue.path.join('.') || 'manifest'}: ${issue.message}. Nothing was restored.`);
  }
  return parsed.data;
}
