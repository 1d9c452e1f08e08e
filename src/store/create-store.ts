import type { Kysely } from 'kysely';
import type { Repositories, Store } from '../services/ports.js';
import type { DB } from './schema.js';
import { articlesRepo } from './repos/articles-repo.js';
import { authorsRepo, redirectsRepo, tagsRepo } from './repos/people-repos.js';
import { relatedRepo } from './repos/related-repo.js';
import { searchRepo } from './repos/search-repo.js';
import { sectionsRepo } from './repos/sections-repo.js';
import { settingsRepo } from './repos/settings-repo.js';

function repositories(db: Kysely<DB>): Repositories {
  return {
    articles: articlesRepo(db),
    sections: sectionsRepo(db),
    authors: authorsRepo(db),
    tags: tagsRepo(db),
    redirects: redirectsRepo(db),
    settings: settingsRepo(db),
    search: searchRepo(db),
    related: relatedRepo(db),
  };
}

/** The Store services are handed: repositories plus transactions, on either engine. */
export function createStore(db: Kysely<DB>): Store {
  return {
    repos: repositories(db),
    transaction: (work) => db.transaction().execute((trx) => work(repositories(trx))),
  };
}
