import { createAccountServices } from './accounts/accounts-services.js';
import { createArticleServices } from './articles/articles-services.js';
import { commentKeyLoader } from './comments/comment-keys.js';
import { createCommentServices } from './comments/comments-services.js';
import { createContentApiServices } from './content-api/content-api-services.js';
import { createAdminApiServices } from './admin-api/admin-api-services.js';
import { createDiscoveryServices } from './discovery/discovery-services.js';
import { createHealthServices } from './health/health-services.js';
import { createJobServices } from './jobs/jobs-services.js';
import { createMediaServices } from './media/media-services.js';
import type { MediaTools } from './media/ports.js';
import type { Clock, Store } from './ports.js';
import { createReaderServices } from './reader/reader-services.js';
import { createSettingsServices } from './settings/settings-services.js';
import type { CitationFormatter, LinkTools } from './sources/ports.js';
import { createSourceServices } from './sources/sources-services.js';
import { createAddSourceServices, type IdentifierResolver } from './sources/add-source.js';
import { createStructureServices } from './structure/structure-services.js';
import { createTransferServices } from './transfer/transfer-services.js';
import { hubPingAfterSave } from './distribution/websub.js';
import { createWebhookServices } from './webhooks/webhooks-services.js';

/** What the use cases need besides the store and clock: the outside world, as ports. */
export interface ServiceDeps {
  linkTools: LinkTools;
  media: MediaTools;
  /** Styles notes in the editor's live preview. */
  formatter?: CitationFormatter | null;
  /** Resolves identifiers for the editor's "Add source" (none: the editor says look-ups are unavailable). */
  resolver?: IdentifierResolver | null;
  /** IP_HASH_SALT; when unset a salt is generated once and kept in the settings table. */
  ipHashSalt?: string | null;
  /** Whether new comments queue notification emails (true when SMTP is configured). */
  notify?: boolean;
}

/** Every feature's use cases, bound to one store and clock; each route and command takes the features it uses. */
export function createServices(store: Store, clock: Clock, deps: ServiceDeps) {
  const sources = createSourceServices(store, clock, deps.linkTools);
  const pingHub = hubPingAfterSave(store, clock);
  const commentKeys = commentKeyLoader(store, deps.ipHashSalt);
  const articles = createArticleServices(store, clock, {
    formatter: deps.formatter,
    afterSave: async (articleId) => {
      await sources.afterSave(articleId);
      await pingHub(articleId);
    },
  });
  const structure = createStructureServices(store, clock);
  return {
    reader: createReaderServices(store, clock, commentKeys),
    articles,
    structure,
    settings: createSettingsServices(store, clock),
    sources,
    addSource: createAddSourceServices(store, clock, { resolver: deps.resolver ?? null, formatter: deps.formatter ?? null }),
    discovery: createDiscoveryServices(store, clock),
    comments: createCommentServices(store, clock, commentKeys, { notify: deps.notify ?? false }),
    accounts: createAccountServices(store, clock),
    media: createMediaServices(store, clock, deps.media),
    transfer: createTransferServices(store, clock, { commentKeys, media: deps.media }),
    jobs: createJobServices(store, clock),
    health: createHealthServices(store),
    contentApi: createContentApiServices(store, clock),
    webhooks: createWebhookServices(store, clock),
    adminApi: createAdminApiServices(store, clock, { articles, structure }),
  };
}

/** The services of every feature. */
export type Services = ReturnType<typeof createServices>;
