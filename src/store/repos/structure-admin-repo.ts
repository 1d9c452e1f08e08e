import type { Kysely } from 'kysely';
import type { Redirect } from '../../domain/people.js';
import type { StructureAdminRepository } from '../../services/structure/ports.js';
import type { DB } from '../schema.js';
import { toAuthor, toTag } from './row-mappers.js';

/** Changes made on the structure screens. */
export function structureAdminRepo(db: Kysely<DB>): StructureAdminRepository {
  return {
    async placeSections(placements) {
      for (const p of placements) {
        await db.updateTable('sections').set({ parent_id: p.parentId, position: p.position }).where('id', '=', p.id).execute();
      }
    },
    async updateSection(id, fields) {
      await db.updateTable('sections').set(fields).where('id', '=', id).execute();
    },
    async allTags() {
      return (await db.selectFrom('tags').selectAll().orderBy('name').execute()).map(toTag);
    },
    async updateTag(id, fields) {
      await db.updateTable('tags').set(fields).where('id', '=', id).execute();
    },
    async allAuthors() {
      const rows = await db.selectFrom('authors').selectAll().orderBy('name').execute();
      return rows.map((row) => ({ ...toAuthor(row), avatarMediaId: row.avatar_media_id }));
    },
    async updateAuthor(id, fields) {
      await db.updateTable('authors')
        .set({ name: fields.name, bio: fields.bio, avatar_media_id: fields.avatarMediaId, ...(fields.fediverse !== undefined ? { fediverse: fields.fediverse } : {}) })
        .where('id', '=', id).execute();
    },
    async allRedirects() {
      const rows = await db.selectFrom('redirects').selectAll().orderBy('from_path').execute();
      return rows.map((row) => ({ fromPath: row.from_path, toPath: row.to_path, statusCode: row.status_code as Redirect['statusCode'] }));
    },
    async deleteRedirect(fromPath) {
      await db.deleteFrom('redirects').where('from_path', '=', fromPath).execute();
    },
  };
}
