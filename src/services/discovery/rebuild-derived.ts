import type { Clock, Store } from '../ports.js';
import { refreshRelatedLists } from './related-lists.js';

/**
 * Recomputes what pages read instead of computing it per request — every list with its
 * count, and every "You may also like" list — in one transaction. Run after bulk writes
 * that went around the save path (`dossier related rebuild`, generated archives).
 */
export async function rebuildDerived(store: Store, clock: Clock): Promise<{ articles: number; relatedLists: number }> {
  return store.transaction(async (repos) => {
    await repos.listings.rebuildAll();
    const relatedLists = await refreshRelatedLists(repos, clock());
    return { articles: await repos.listings.count({ scope: 'site', scopeId: 0 }, clock().toISOString()), relatedLists };
  });
}
