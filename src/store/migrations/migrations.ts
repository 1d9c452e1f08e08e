import type { Migration } from 'kysely';
import type { DialectHelpers } from '../dialect.js';
import { initialMigration } from './001-initial.js';
import { jobsMigration } from './003-jobs.js';
import { citationsMigration } from './006-citations.js';
import { importsMigration } from './008-imports.js';
import { linkHealthMigration } from './005-link-health.js';
import { commentsMigration } from './004-comments.js';
import { searchMigration } from './002-search.js';
import { adminMigration } from './007-admin.js';
import { listingsMigration } from './009-listings.js';
import { attemptCountersMigration } from './010-attempt-counters.js';
import { contentKeysMigration } from './011-content-keys.js';
import { correctionsLogMigration } from './012-corrections-log.js';
import { webhooksMigration } from './014-webhooks.js';
import { captureAndTypesMigration } from './015-capture-and-types.js';
import { integrationTokensMigration } from './013-integration-tokens.js';
import { languagesMigration } from './016-languages.js';
import { importFidelityMigration } from './017-import-fidelity.js';
import { taxonomyTranslationsMigration } from './018-taxonomy-translations.js';
import { userAdminLanguageMigration } from './019-user-admin-language.js';
import { nameOrderMigration } from './020-name-order.js';

/** All migrations in order; names sort in the order they must run. */
export function allMigrations(helpers: DialectHelpers): Record<string, Migration> {
  return {
    '001-initial': initialMigration(helpers),
    '003-jobs': jobsMigration(helpers),
    '006-citations': citationsMigration(helpers),
    '008-imports': importsMigration(helpers),
    '005-link-health': linkHealthMigration(helpers),
    '004-comments': commentsMigration(helpers),
    '002-search': searchMigration(helpers),
    '007-admin': adminMigration(helpers),
    '009-listings': listingsMigration(helpers),
    '010-attempt-counters': attemptCountersMigration(helpers),
    '011-content-keys': contentKeysMigration(helpers),
    '012-corrections-log': correctionsLogMigration(),
    '014-webhooks': webhooksMigration(helpers),
    '015-capture-and-types': captureAndTypesMigration(),
    '013-integration-tokens': integrationTokensMigration(helpers),
    '016-languages': languagesMigration(helpers),
    '017-import-fidelity': importFidelityMigration(),
    '018-taxonomy-translations': taxonomyTranslationsMigration(),
    '019-user-admin-language': userAdminLanguageMigration(),
    '020-name-order': nameOrderMigration(),
  };
}
