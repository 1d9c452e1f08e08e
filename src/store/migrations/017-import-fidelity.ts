import type { Kysely, Migration } from 'kysely';

// The share-card columns: as store/repos/share-card-columns.ts names them, fixed here as a migration must be.
const SOCIAL_COLUMNS = ['og_title', 'og_description', 'og_image', 'twitter_title', 'twitter_description', 'twitter_image'] as const;

/**
 * What imports from Ghost and WordPress carried and Dossier had no place for:
 * `authors.avatar_url`, an avatar kept at its address (an author's picture that was not
 * imported as media; `avatar_media_id` wins when both are set); `articles.featured_caption`,
 * shown under the featured image; and the articles' own Open Graph and Twitter card title,
 * description and image, used instead of the SEO fields and featured image when set.
 */
export function importFidelityMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('authors').addColumn('avatar_url', 'text').execute();
      await db.schema.alterTable('articles').addColumn('featured_caption', 'text').execute();
      for (const column of SOCIAL_COLUMNS) await db.schema.alterTable('articles').addColumn(column, 'text').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const column of [...SOCIAL_COLUMNS].reverse()) await db.schema.alterTable('articles').dropColumn(column).execute();
      await db.schema.alterTable('articles').dropColumn('featured_caption').execute();
      await db.schema.alterTable('authors').dropColumn('avatar_url').execute();
    },
  };
}
