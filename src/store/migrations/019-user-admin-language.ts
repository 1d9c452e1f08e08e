import type { Kysely, Migration } from 'kysely';

/**
 * `users.admin_language`: the language each account reads the admin in (en, ar, fa, fr),
 * or null to follow the site's language, as WordPress's Profile → Language "Site Default".
 */
export function userAdminLanguageMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('users').addColumn('admin_language', 'text').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('users').dropColumn('admin_language').execute();
    },
  };
}
