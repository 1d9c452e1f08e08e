import { captureEnabled, needsCapture, type LinkCapture } from '../../domain/capture.js';
import { describeJobError } from '../../domain/job.js';
import { normaliseLinkUrl } from '../../domain/link-url.js';
import { settingsFromEntries, type SiteSettings } from '../../domain/settings.js';
import type { CaptureAccount, SavePageNow } from '../../citations/links/save-page-now.js';
import type { JobHandler } from '../jobs/job-runner.js';
import type { Clock, Repositories, Store } from '../ports.js';
import { groupTargets } from './link-targets.js';

/** Sends one cited URL to Save Page Now. */
export const CAPTURE_JOB = 'link-capture';
/** Asks Save Page Now how a capture it accepted went. */
export const CAPTURE_STATUS_JOB = 'link-capture-status';
/** An archive that is down or answers 5xx is tried again with the queue's backoff (30 s, 2 min, 8 min). */
const CAPTURE_ATTEMPTS = 4;
/** A capture takes the archive from seconds to minutes: asked every 20 s, for 10 minutes at most. */
const POLL_MS = 20_000;
const MAX_POLLS = 30;

function accountOf(settings: SiteSettings): CaptureAccount {
  return { baseUrl: settings.captureApiUrl, accessKey: settings.captureAccessKey, secret: settings.captureSecret };
}

/**
 * On publish: queues a capture of every URL the article (or every published article) cites
 * that has no snapshot newer than `captureFreshDays` — ours or one the archive look-up
 * found — and none pending. Does nothing while no access key is set. Returns how many were queued.
 */
export async function queueCaptures(repos: Repositories, now: Date, filter: { articleId?: number }): Promise<number> {
  const settings = settingsFromEntries(await repos.settings.all());
  if (!captureEnabled(settings)) return 0;
  const { targets } = groupTargets(await repos.links.citedLinks({ ...filter, publishedOnly: true }));
  if (targets.length === 0) return 0;
  const urls = targets.map((t) => t.url);
  const [captures, links] = await Promise.all([repos.captures.findMany(urls), repos.links.findMany(urls)]);
  const captureOf = new Map(captures.map((c) => [c.url, c]));
  const archivedAt = new Map(links.map((l) => [l.url, l.archive?.capturedAt ?? null]));
  let queued = 0;
  for (const target of targets) {
    if (!needsCapture(captureOf.get(target.url) ?? null, archivedAt.get(target.url) ?? null, now, settings.captureFreshDays)) continue;
    const payload = { url: target.url, sources: target.sources.map((s) => s.sourceUrl) };
    const id = await repos.jobs.enqueue({ kind: CAPTURE_JOB, payload, uniqueKey: `capture:${target.url}`, maxAttempts: CAPTURE_ATTEMPTS }, now.toISOString());
    if (id !== null) queued += 1;
  }
  return queued;
}

interface CapturePayload {
  url: string;
  sources: string[];
  jobId?: string;
  polls?: number;
}

function payloadOf(payload: unknown, needsJob: boolean): CapturePayload {
  const p = (payload ?? {}) as Partial<CapturePayload>;
  const normal = typeof p.url === 'string' ? normaliseLinkUrl(p.url) : null;
  if (!normal) throw new Error('A capture job needs a payload with an http(s) "url".');
  if (needsJob && (typeof p.jobId !== 'string' || p.jobId === '')) throw new Error(`${CAPTURE_STATUS_JOB} needs the archive's "jobId".`);
  const sources = Array.isArray(p.sources) ? p.sources.filter((s): s is string => typeof s === 'string') : [];
  return { url: normal.url, sources, ...(p.jobId ? { jobId: p.jobId } : {}), polls: typeof p.polls === 'number' ? p.polls : 0 };
}

/** Job handlers of capture at publish: the request, then the polls of its status. */
export function captureJobHandlers(store: Store, clock: Clock, spn: SavePageNow): Record<string, JobHandler> {
  const record = async (p: CapturePayload, change: Pick<LinkCapture, 'status' | 'jobId' | 'snapshotUrl' | 'capturedAt' | 'error'>) => {
    const now = clock().toISOString();
    const [before] = await store.repos.captures.findMany([p.url]);
    // A failure keeps the snapshot an earlier capture made: it is still a good copy.
    const kept = change.status === 'failed' && before ? { snapshotUrl: before.snapshotUrl, capturedAt: before.capturedAt } : {};
    const requestedAt = p.jobId ? (before?.requestedAt ?? now) : now;
    await store.repos.captures.save({ url: p.url, requestedAt, updatedAt: now, ...change, ...kept }, p.sources);
  };
  const failed = (p: CapturePayload, error: string) => record(p, { status: 'failed', jobId: p.jobId ?? null, snapshotUrl: null, capturedAt: null, error });
  /** Runs a call to the archive; on the job's last attempt, a failure is recorded before it is rethrown. */
  const lastTry = async <T>(p: CapturePayload, job: { attempts: number; maxAttempts: number }, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (job.attempts >= job.maxAttempts) await failed(p, `${describeJobError(error)} (gave up after ${job.attempts} attempts)`);
      throw error;
    }
  };
  const poll = async (p: CapturePayload, jobId: string, polls: number) => {
    const runAt = new Date(clock().getTime() + POLL_MS).toISOString();
    await store.repos.jobs.enqueue({ kind: CAPTURE_STATUS_JOB, payload: { url: p.url, sources: p.sources, jobId, polls }, runAt, maxAttempts: CAPTURE_ATTEMPTS }, clock().toISOString());
  };
  return {
    [CAPTURE_JOB]: async (payload, { job }) => {
      const p = payloadOf(payload, false);
      const settings = settingsFromEntries(await store.repos.settings.all());
      if (!captureEnabled(settings)) return;
      const answer = await lastTry(p, job, () => spn.save(accountOf(settings), p.url));
      if (!answer.ok) return failed(p, answer.error);
      await record(p, { status: 'pending', jobId: answer.jobId, snapshotUrl: null, capturedAt: null, error: null });
      await poll(p, answer.jobId, 1);
    },
    [CAPTURE_STATUS_JOB]: async (payload, { job }) => {
      const p = payloadOf(payload, true);
      const jobId = p.jobId!;
      const settings = settingsFromEntries(await store.repos.settings.all());
      if (!captureEnabled(settings)) return failed(p, 'Capture was turned off before the archive finished');
      const state = await lastTry(p, job, () => spn.status(accountOf(settings), jobId));
      if (state.state === 'success') return record(p, { status: 'captured', jobId, snapshotUrl: state.snapshotUrl, capturedAt: state.capturedAt, error: null });
      if (state.state === 'error') return failed(p, state.error);
      if ((p.polls ?? 0) >= MAX_POLLS) return failed(p, `Save Page Now was still working on the capture after ${MAX_POLLS} checks`);
      await poll(p, jobId, (p.polls ?? 0) + 1);
    },
  };
}
