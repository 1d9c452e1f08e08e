import { isPubliclyVisible } from '../../domain/article.js';
import { settingsFromEntries } from '../../domain/settings.js';
import type { HubPinger } from '../../citations/links/websub-ping.js';
import type { JobHandler } from '../jobs/job-runner.js';
import type { Clock, Repositories, Store } from '../ports.js';

/** The job that tells the site's WebSub hub its feeds changed. */
export const WEBSUB_PING_JOB = 'websub-ping';
/** The site-wide feeds (as presenters/feed-links.ts names them): the topics every ping names. */
const SITE_FEED_PATHS = ['/feed.xml', '/feed.atom', '/feed.json'] as const;
/** A hub that is down is tried again with the queue's backoff, then given up on. */
const PING_ATTEMPTS = 5;

/**
 * Queues one ping of the hub when the site has one and `articleIds` holds a visible
 * article; pings queued while one waits are the same ping (the hub re-fetches the feeds).
 */
export async function queueHubPing(repos: Repositories, now: Date, articleIds: readonly number[]): Promise<boolean> {
  if (articleIds.length === 0) return false;
  const hub = settingsFromEntries(await repos.settings.all()).websubHub;
  if (!hub) return false;
  for (const id of articleIds) {
    const article = await repos.articles.findById(id);
    if (!article || article.kind !== 'article' || !isPubliclyVisible(article, now)) continue;
    await repos.jobs.enqueue({ kind: WEBSUB_PING_JOB, payload: { hub }, uniqueKey: WEBSUB_PING_JOB, maxAttempts: PING_ATTEMPTS }, now.toISOString());
    return true;
  }
  return false;
}

/** After a save has landed: ping the hub if it published (or changed) a public article. */
export function hubPingAfterSave(store: Store, clock: Clock) {
  return (articleId: number) => queueHubPing(store.repos, clock(), [articleId]);
}

/** The ping job: every site feed, as one POST each to the hub the job was queued for. */
export function websubJobHandlers(deps: { pinger: HubPinger; siteUrl: string }): Record<string, JobHandler> {
  const base = deps.siteUrl.replace(/\/+$/, '');
  return {
    [WEBSUB_PING_JOB]: async (payload) => {
      const hub = (payload as { hub?: unknown } | null)?.hub;
      if (typeof hub !== 'string' || hub === '') throw new Error(`${WEBSUB_PING_JOB} needs {"hub": "https://…"}.`);
      for (const path of SITE_FEED_PATHS) await deps.pinger.publish(hub, `${base}${path}`);
    },
  };
}
