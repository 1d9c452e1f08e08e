import { syncDiscoveryIndex } from '../discovery/discovery-index.js';
import type { Clock, Store } from '../ports.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import { queueHubPing } from '../distribution/websub.js';
import { announceArticleChange } from '../webhooks/article-events.js';
import { queueCaptures } from '../sources/capture-links.js';

/**
 * Publishes every scheduled article whose time has come, and puts each into search and
 * the "You may also like" lists as a save would, and queues the WebSub ping; returns their ids.
 */
export async function publishDueArticles(store: Store, clock: Clock): Promise<number[]> {
  const now = clock();
  return store.transaction(async (repos) => {
    const ids = await repos.articles.publishDue(now.toISOString());
    for (const id of ids) {
      await syncDiscoveryIndex(repos, id);
      await refreshRelatedLists(repos, now, id);
      await announceArticleChange(repos, now, null, await repos.articles.findById(id));
    }
    await queueHubPing(repos, now, ids);
    for (const id of ids) await queueCaptures(repos, now, { articleId: id });
    return ids;
  });
}
