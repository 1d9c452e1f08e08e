import { m, notFound } from '../../domain/errors.js';
import type { Clock, Store } from '../ports.js';
import { syncDiscoveryIndex } from '../discovery/discovery-index.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import { announceArticleChange } from '../webhooks/article-events.js';

/**
 * Takes a published article or page back to draft: it leaves lists, search, feeds and
 * sitemaps, and every "You may also like" list, in one transaction.
 */
export async function unpublishArticle(store: Store, clock: Clock, id: number): Promise<void> {
  await store.transaction(async (repos) => {
    const article = await repos.articles.findById(id);
    if (!article) throw notFound(m`There is no article with id ${id}.`);
    await repos.articles.setStatus(id, 'draft', clock().toISOString());
    await announceArticleChange(repos, clock(), article, { ...article, status: 'draft' });
    await syncDiscoveryIndex(repos, id);
    await refreshRelatedLists(repos, clock(), id);
  });
}

/** Deletes an article or page with its notes, links, search entry and related lists. */
export async function deleteArticle(store: Store, clock: Clock, id: number): Promise<void> {
  await store.transaction(async (repos) => {
    const article = await repos.articles.findById(id);
    if (!article) throw notFound(m`There is no article with id ${id}.`);
    // Told while its authors and tags are still there: a live article that is deleted leaves the site.
    await announceArticleChange(repos, clock(), article, null);
    // The FTS5 table has no foreign key, so the entry is removed explicitly on both engines.
    await repos.search.remove(id);
    await repos.related.setTerms(id, null);
    await repos.listings.withdraw([id]);
    await repos.articles.remove(id);
    await refreshRelatedLists(repos, clock(), id);
  });
}
