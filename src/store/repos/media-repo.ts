import type { Kysely, Selectable } from 'kysely';
import type { Media, MediaSize } from '../../domain/media.js';
import type { MediaRepository } from '../../services/media/ports.js';
import type { DB, MediaTable } from '../schema.js';

/** A media row as the domain sees it. */
export function toMedia(row: Selectable<MediaTable>): Media {
  let sizes: MediaSize[] = [];
  try {
    sizes = JSON.parse(row.sizes) as MediaSize[];
  } catch {
    // A damaged list shows the image without responsive sizes.
  }
  return {
    id: row.id, filename: row.filename, storedName: row.stored_name, mime: row.mime, width: row.width, height: row.height,
    bytes: row.bytes, alt: row.alt, sizes, sha256: row.sha256, userId: row.user_id, createdAt: row.created_at,
  };
}

/** Uploaded images. */
export function mediaRepo(db: Kysely<DB>): MediaRepository {
  return {
    async insert(m) {
      const row = await db
        .insertInto('media')
        .values({
          filename: m.filename, stored_name: m.storedName, mime: m.mime, width: m.width, height: m.height, bytes: m.bytes,
          alt: m.alt, sizes: JSON.stringify(m.sizes), sha256: m.sha256, user_id: m.userId, created_at: m.createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async findById(id) {
      const row = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toMedia(row) : null;
    },
    async findBySha256(sha256) {
      const row = await db.selectFrom('media').selectAll().where('sha256', '=', sha256).executeTakeFirst();
      return row ? toMedia(row) : null;
    },
    async findByStoredName(storedName) {
      // The name starts with the first 16 digits of the hash: a range on the unique hash index finds it.
      const prefix = /^([0-9a-f]{16})\.[a-z]{3,4}$/.exec(storedName)?.[1];
      if (!prefix) return null;
      const row = await db.selectFrom('media').selectAll().where('sha256', '>=', prefix).where('sha256', '<', `${prefix}g`)
        .where('stored_name', '=', storedName).executeTakeFirst();
      return row ? toMedia(row) : null;
    },
    async list(limit, offset) {
      const rows = await db.selectFrom('media').selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute();
      return rows.map(toMedia);
    },
    async count() {
      const row = await db.selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async setAlt(id, alt) {
      await db.updateTable('media').set({ alt }).where('id', '=', id).execute();
    },
  };
}
