import { normaliseLinkUrl } from '../../domain/link-url.js';
import { settingsFromEntries } from '../../domain/settings.js';
import type { JobHandler, RecurringJob } from '../jobs/job-runner.js';
import type { Clock, Store } from '../ports.js';
import { checkLink, linkRules } from './check-link.js';
import type { LinkTools } from './ports.js';
import { groupTargets, type LinkTarget } from './link-targets.js';
import { queueSnapshots, snapshotPage } from './page-snapshots.js';

const DAY_MS = 86_400_000;

/**
 * Queues a `link-check` job for every URL a published article cites not checked within `linkCheckIntervalDays`
 * (0 turns scheduled checks off). The unique key `link:URL` keeps one check per URL at a
 * time however many workers run. Also queues page copies still missing when the site keeps them.
 */
export async function queueDueChecks(store: Store, clock: Clock): Promise<number> {
  const { repos } = store;
  const settings = settingsFromEntries(await repos.settings.all());
  await queueSnapshots(store, clock, {});
  if (settings.linkCheckIntervalDays <= 0) return 0;
  const now = clock();
  const dueBefore = new Date(now.getTime() - settings.linkCheckIntervalDays * DAY_MS).toISOString();
  // Published articles only: a draft's URLs are whatever its writer typed, and a contributor
  // must not be able to make the server fetch an address by saving a draft.
  const { targets } = groupTargets(await repos.links.citedLinks({ publishedOnly: true }));
  const last = await repos.links.lastChecked();
  let queued = 0;
  for (const target of targets) {
    const checked = last.get(target.url);
    if (checked !== undefined && checked > dueBefore) continue;
    const id = await repos.jobs.enqueue({ kind: 'link-check', payload: target, uniqueKey: `link:${target.url}`, maxAttempts: 3 }, now.toISOString());
    if (id !== null) queued += 1;
  }
  return queued;
}

function targetFrom(payload: unknown): LinkTarget {
  const p = (payload ?? {}) as Partial<LinkTarget>;
  const normal = typeof p.url === 'string' ? normaliseLinkUrl(p.url) : null;
  if (!normal) throw new Error('link-check needs a payload with an http(s) "url".');
  return { url: normal.url, sources: Array.isArray(p.sources) ? p.sources : [], accessed: typeof p.accessed === 'string' ? p.accessed : null, articles: [] };
}

/** Job kinds of link health: checks, the daily sweep that queues them, page copies. */
export function linkJobHandlers(store: Store, clock: Clock, tools: LinkTools): Record<string, JobHandler> {
  return {
    'link-check': async (payload) => {
      const rules = linkRules(settingsFromEntries(await store.repos.settings.all()));
      await checkLink(store, clock, tools, targetFrom(payload), rules);
    },
    'links-recheck': async () => {
      await queueDueChecks(store, clock);
    },
    'link-snapshot': async (payload) => {
      await snapshotPage(store, clock, tools, targetFrom(payload).url);
    },
  };
}

/**
 * The sweep runs daily, first a day after a worker starts: new links wait at most a day,
 * and starting a server (or a test) never sets off a burst of requests to the web.
 */
export const LINK_RECURRING_JOBS: readonly RecurringJob[] = [{ kind: 'links-recheck', everyMs: DAY_MS, firstRunAfterMs: DAY_MS }];
