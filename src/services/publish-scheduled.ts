import type { Clock, Store } from './ports.js';

/** Publishes every scheduled article whose time has come; returns their ids. */
export async function publishDueArticles(store: Store, clock: Clock): Promise<number[]> {
  const now = clock().toISOString();
  return store.transaction((repos) => repos.articles.publishDue(now));
}
