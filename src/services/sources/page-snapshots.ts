import { notFound } from '../../domain/errors.js';
import type { PageSnapshot } from '../../domain/link-record.js';
import { settingsFromEntries } from '../../domain/settings.js';
import type { Clock, Store } from '../ports.js';
import type { LinkTools } from './ports.js';
import { groupTargets } from './link-targets.js';

/** A page copy as editors see it listed: which article cites it, without the HTML. */
export interface ListedSnapshot extends PageSnapshot {
  articles: string[];
}

/**
 * When the site keeps its own copies (`snapshotOnPublish`), queues one `link-snapshot` job
 * per URL a published article cites that has no copy yet. Returns how many were queued.
 */
export async function queueSnapshots(store: Store, clock: Clock, filter: { articleId?: number }): Promise<number> {
  const { repos } = store;
  if (!settingsFromEntries(await repos.settings.all()).snapshotOnPublish) return 0;
  const cited = await repos.links.citedLinks({ ...filter, publishedOnly: true });
  const { targets } = groupTargets(cited);
  if (targets.length === 0) return 0;
  const copied = new Set((await repos.links.snapshots(targets.map((t) => t.url), false)).map((s) => s.url));
  let queued = 0;
  const now = clock().toISOString();
  for (const target of targets) {
    if (copied.has(target.url)) continue;
    if ((await repos.jobs.enqueue({ kind: 'link-snapshot', payload: { url: target.url }, uniqueKey: `snapshot:${target.url}` }, now)) !== null) queued += 1;
  }
  return queued;
}

/** Fetches a cited page and keeps our copy of it (or the reason there is none). */
export async function snapshotPage(store: Store, clock: Clock, tools: LinkTools, url: string): Promise<PageSnapshot> {
  const copy = await tools.copier.copy(url);
  const snapshot: PageSnapshot = { url, fetchedAt: clock().toISOString(), ...copy };
  await store.repos.links.saveSnapshot(snapshot);
  return snapshot;
}

/** Our page copies, newest first: the site's, or one article's. */
export async function listSnapshots(store: Store, filter: { articleSlug?: string }): Promise<ListedSnapshot[]> {
  const { repos } = store;
  if (filter.articleSlug !== undefined && !(await repos.articles.findBySlug(filter.articleSlug))) {
    throw notFound(`There is no article "${filter.articleSlug}".`);
  }
  const { targets } = groupTargets(await repos.links.citedLinks(filter));
  const articles = new Map(targets.map((t) => [t.url, t.articles]));
  const found = await repos.links.snapshots(targets.map((t) => t.url), false);
  return found.map((s) => ({ ...s, articles: articles.get(s.url) ?? [] }));
}
