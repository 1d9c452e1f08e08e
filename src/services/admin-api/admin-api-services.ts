import type { ArticleServices } from '../articles/articles-services.js';
import type { Clock, Store } from '../ports.js';
import type { StructureServices } from '../structure/structure-services.js';
import { adminPostServices } from './admin-posts.js';
import { adminStructureServices } from './admin-structure.js';
import { integrationTokenServices } from './integration-tokens.js';

/**
 * The Admin API's own use cases: integration keys, and posts and pages in any status
 * written through the article service (so a write by an app has the same revisions,
 * related lists, cache purges and hub pings as one in the editor). Tags, authors,
 * sections, images, comments and links go straight to their features' services.
 */
export function createAdminApiServices(store: Store, clock: Clock, deps: { articles: ArticleServices; structure: StructureServices }) {
  return {
    tokens: integrationTokenServices(store, clock),
    posts: adminPostServices(store, clock, deps),
    structure: adminStructureServices(deps.structure),
  };
}

/** The Admin API services. */
export type AdminApiServices = ReturnType<typeof createAdminApiServices>;
