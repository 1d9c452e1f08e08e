import type { Kysely } from 'kysely';
import type { SectionRepository } from '../../services/structure/ports.js';
import type { DB } from '../schema.js';
import { toSection } from './row-mappers.js';

/** Sections; the whole tree is small enough to load at once. */
export function sectionsRepo(db: Kysely<DB>): SectionRepository {
  return {
    async all() {
      const rows = await db.selectFrom('sections').selectAll().orderBy('position').orderBy('name').execute();
      return rows.map(toSection);
    },
    async insert(section, createdAt) {
      const row = await db
        .insertInto('sections')
        .values({
          slug: section.slug,
          name: section.name,
          description: section.description,
          parent_id: section.parentId,
          position: section.position,
          created_at: createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}
