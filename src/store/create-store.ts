import { asWriteConflict } from './write-conflicts.js';
import { sql, type Kysely } from 'kysely';
import { isUnavailable, UnavailableError } from '../domain/errors.js';
import type { Repositories, Store } from '../services/ports.js';
import type { PublicChangeListener } from '../services/reader/ports.js';
import { changeRecorder, recordingRepositories, type ChangeRecorder } from './change-recording.js';
import type { DialectHelpers } from './dialect.js';
import type { DB } from './schema.js';
import { jobsRepo } from './repos/jobs-repo.js';
import { importSourcesRepo } from './repos/import-sources-repo.js';
import { importWriterRepo } from './repos/import-writer-repo.js';
import { linksRepo } from './repos/links-repo.js';
import { capturesRepo } from './repos/captures-repo.js';
import { articlesRepo } from './repos/articles-repo.js';
import { attemptCountersRepo } from './repos/attempt-counters-repo.js';
import { commentsRepo } from './repos/comments-repo.js';
import { contentApiRepo } from './repos/content-api-repo.js';
import { contentKeysRepo } from './repos/content-keys-repo.js';
import { integrationTokensRepo } from './repos/integration-tokens-repo.js';
import { authorsRepo, redirectsRepo, tagsRepo } from './repos/people-repos.js';
import { relatedRepo } from './repos/related-repo.js';
import { listingsRepo } from './repos/listings-repo.js';
import { searchRepo } from './repos/search-repo.js';
import { sectionsRepo } from './repos/sections-repo.js';
import { settingsRepo } from './repos/settings-repo.js';
import { editorialRepo } from './repos/editorial-repo.js';
import { mediaRepo } from './repos/media-repo.js';
import { correctionsRepo, revisionsRepo } from './repos/revisions-repo.js';
import { sessionsRepo } from './repos/sessions-repo.js';
import { structureAdminRepo } from './repos/structure-admin-repo.js';
import { termTranslationsRepo } from './repos/term-translations-repo.js';
import { usersRepo } from './repos/users-repo.js';
import { webhooksRepo } from './repos/webhooks-repo.js';
import { siteRecordsRepo } from './repos/site-records-repo.js';

function repositories(db: Kysely<DB>, helpers: DialectHelpers): Repositories {
  return {
    articles: articlesRepo(db),
    sections: sectionsRepo(db),
    authors: authorsRepo(db),
    tags: tagsRepo(db),
    termTranslations: termTranslationsRepo(db),
    redirects: redirectsRepo(db),
    settings: settingsRepo(db),
    jobs: jobsRepo(db, helpers),
    importSources: importSourcesRepo(db),
    importWriter: importWriterRepo(db),
    links: linksRepo(db),
    captures: capturesRepo(db),
    comments: commentsRepo(db),
    search: searchRepo(db),
    related: relatedRepo(db),
    listings: listingsRepo(db),
    users: usersRepo(db),
    sessions: sessionsRepo(db),
    attempts: attemptCountersRepo(db),
    revisions: revisionsRepo(db),
    corrections: correctionsRepo(db),
    media: mediaRepo(db),
    editorial: editorialRepo(db),
    structureAdmin: structureAdminRepo(db),
    contentApi: contentApiRepo(db),
    contentKeys: contentKeysRepo(db),
    webhooks: webhooksRepo(db),
    siteRecords: siteRecordsRepo(db),
    integrationTokens: integrationTokensRepo(db),
  };
}

/**
 * The Store services are handed: repositories plus transactions, on either engine. With
 * `onChange`, every public write is told to it: a transaction's writes once it has
 * committed, other writes as they land.
 */
export function createStore(db: Kysely<DB>, helpers: DialectHelpers, onChange?: PublicChangeListener): Store {
  const ping = (timeoutMs: number) => pingDatabase(db, timeoutMs);
  if (!onChange) {
    return {
      repos: repositories(db, helpers),
      transaction: (work) => db.transaction().execute((trx) => work(repositories(trx, helpers))).catch((error: unknown) => {
        throw asWriteConflict(error);
      }),
      ping,
    };
  }
  const tell = async (recorder: ChangeRecorder) => {
    const change = recorder.take();
    if (change) await onChange(change);
  };
  // Outside a transaction each write is told as it lands.
  const repos = recordingRepositories(repositories(db, helpers), changeRecorder((change) => void onChange(change)));
  return {
    repos,
    ping,
    async transaction(work) {
      const recorder = changeRecorder();
      const result = await db.transaction().execute((trx) => work(recordingRepositories(repositories(trx, helpers), recorder))).catch((error: unknown) => {
        throw asWriteConflict(error);
      });
      // The writer hears back once caches have forgotten what changed: its next read sees it.
      await tell(recorder);
      return result;
    },
  };
}

/** `select 1`, given up on after `timeoutMs` (a database host that vanished answers nothing at all). */
async function pingDatabase(db: Kysely<DB>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UnavailableError(`The database did not answer within ${timeoutMs} ms.`)), timeoutMs);
  });
  try {
    await Promise.race([sql`select 1`.execute(db), late]);
  } catch (error) {
    throw isUnavailable(error) ? error : new UnavailableError(`The database did not answer (${error instanceof Error ? error.message : String(error)}).`, 5, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
