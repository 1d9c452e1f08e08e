import { classifyLink, type FetchOutcome, type LinkRules, type LinkVerdict } from '../../domain/link-health.js';
import type { LinkRecord } from '../../domain/link-record.js';
import type { SiteSettings } from '../../domain/settings.js';
import type { Clock, Store } from '../ports.js';
import { emitWebhookEvent } from '../webhooks/emit-event.js';
import { linkData } from '../webhooks/event-data.js';
import { findArchive } from './find-archive.js';
import type { LinkTools } from './ports.js';
import type { LinkTarget } from './link-targets.js';

/** What one check found and recorded. */
export interface LinkCheckResult {
  target: LinkTarget;
  outcome: FetchOutcome;
  verdict: LinkVerdict;
  link: LinkRecord;
}

/** The dead and paywall rules from the site's settings. */
export function linkRules(settings: SiteSettings): LinkRules {
  return { deadAfterFailures: settings.linkDeadAfterFailures, deadAfterDays: settings.linkDeadAfterDays, paywalledHosts: settings.paywalledHosts };
}

/**
 * Checks one URL, classifies the result against its history, looks up an archived copy
 * (when none is known and it fails or was never looked up), and records it all in one
 * transaction. Network failures, and addresses refused as not public, are results, not exceptions.
 */
export async function checkLink(store: Store, clock: Clock, tools: LinkTools, target: LinkTarget, rules: LinkRules): Promise<LinkCheckResult> {
  const [existing] = await store.repos.links.findMany([target.url]);
  const outcome = await tools.probe.check(target.url);
  const now = clock();
  const fragment = target.sources.find((s) => s.fragment !== null)?.fragment ?? null;
  const verdict = classifyLink(outcome, fragment, existing ?? { consecutiveFailures: 0, firstFailureAt: null }, rules, now);
  let archive = existing?.archive ?? null;
  let archiveCheckedAt = existing?.archiveCheckedAt ?? null;
  let archiveError = existing?.archiveError ?? null;
  // A refused address (private, loopback…) is not asked about either: its URL stays in-house.
  if (archive === null && outcome.problem !== 'refused' && (verdict.failure || archiveCheckedAt === null)) {
    const found = await findArchive(tools.archive, target.url, target.accessed);
    archive = found.snapshot ? { url: found.snapshot.url, capturedAt: found.snapshot.capturedAt } : null;
    // A look-up that failed (archive down) is tried again next check, even for a healthy link.
    if (found.error === null) archiveCheckedAt = clock().toISOString();
    archiveError = found.error;
  }
  const at = now.toISOString();
  const link: LinkRecord = {
    url: target.url,
    status: verdict.status,
    httpStatus: outcome.httpStatus,
    reason: verdict.reason,
    firstCheckedAt: existing?.firstCheckedAt ?? at,
    lastCheckedAt: at,
    consecutiveFailures: verdict.consecutiveFailures,
    firstFailureAt: verdict.firstFailureAt,
    finalUrl: outcome.finalUrl,
    redirects: outcome.redirects,
    fragmentLost: verdict.fragmentLost,
    archive,
    archiveCheckedAt,
    archiveError,
  };
  const check = {
    url: target.url, checkedAt: at, status: verdict.status, failure: verdict.failure, httpStatus: outcome.httpStatus,
    error: outcome.error, durationMs: outcome.durationMs, finalUrl: outcome.finalUrl, redirects: outcome.redirects,
  };
  await store.transaction(async (repos) => {
    const citing = await repos.links.saveCheck(link, check, target.sources);
    // Told once, when the link turns dead (not at every later check that finds it still dead).
    if (link.status === 'dead' && existing?.status !== 'dead') await emitWebhookEvent(repos, now, 'link.dead', () => linkData(repos, link, citing, now));
  });
  return { target, outcome, verdict, link };
}
