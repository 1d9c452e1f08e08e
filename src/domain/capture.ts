import { z } from 'zod';
import { m } from './errors.js';
import { schemaMessage } from './schema-messages.js';

/** Where a cited link's Save Page Now capture stands. */
export type CaptureStatus = 'pending' | 'captured' | 'failed';

/** The latest Save Page Now request for one cited link (normalised URL). Times are ISO 8601 UTC. */
export interface LinkCapture {
  url: string;
  status: CaptureStatus;
  /** The archive's job id while it works on the capture. */
  jobId: string | null;
  requestedAt: string;
  updatedAt: string;
  snapshotUrl: string | null;
  capturedAt: string | null;
  /** Why the capture failed (the archive's message, or the HTTP failure after the last retry). */
  error: string | null;
}

/** Settings of capture at publish (Save Page Now, SPN2). */
export interface CaptureSettings {
  /** Base URL of the Save Page Now API (`{base}/save`, `{base}/save/status/{job}`). */
  captureApiUrl: string;
  /** S3-like access key of an archive.org account; '' turns capture off. */
  captureAccessKey: string;
  captureSecret: string;
  /** A link captured (or archived) within this many days is not sent again. */
  captureFreshDays: number;
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** The Wayback Machine's own Save Page Now endpoint. */
export const DEFAULT_CAPTURE_API_URL = 'https://web.archive.org';

/** The zod shape of the capture settings, merged into the site settings schema. */
export const captureSettingsShape = {
  captureApiUrl: z.string().trim().max(2048).refine(isHttpUrl, schemaMessage(m`must be an http(s) address such as https://web.archive.org`)).default(DEFAULT_CAPTURE_API_URL),
  captureAccessKey: z.string().trim().max(200).regex(/^[^\s:]*$/, schemaMessage(m`must not contain spaces or ":"`)).default(''),
  captureSecret: z.string().trim().max(200).regex(/^[^\s]*$/, schemaMessage(m`must not contain spaces`)).default(''),
  captureFreshDays: z.coerce.number().int().min(0).max(3650).default(30),
};

/** Whether capture at publish is on: it needs an access key and a secret. */
export function captureEnabled(settings: Pick<CaptureSettings, 'captureAccessKey' | 'captureSecret'>): boolean {
  return settings.captureAccessKey !== '' && settings.captureSecret !== '';
}

const DAY_MS = 86_400_000;

/**
 * Whether a cited link should be sent to Save Page Now: not while a capture is pending, and
 * not when a snapshot (ours, or one the archive look-up found) is newer than `freshDays`.
 * A failed capture is tried again at the next publish.
 */
export function needsCapture(capture: LinkCapture | null, archivedAt: string | null, now: Date, freshDays: number): boolean {
  // A capture pending for more than a day lost its job (a worker died): ask again.
  if (capture?.status === 'pending' && Date.parse(capture.updatedAt) > now.getTime() - DAY_MS) return false;
  const since = now.getTime() - freshDays * DAY_MS;
  const newest = [capture?.capturedAt ?? null, archivedAt].filter((t): t is string => t !== null).map((t) => Date.parse(t));
  return !newest.some((t) => t >= since);
}

/** An archived copy of a cited page as Robust Links describes it. */
export interface VersionLink {
  originalUrl: string;
  versionUrl: string;
  /** ISO date (YYYY-MM-DD) the copy was taken. */
  versionDate: string;
}

/**
 * The archived copy a note link points to as its Robust Links version: our own Save Page Now
 * snapshot, else the one the archive look-up found, else our local page copy; null for none.
 */
export function chooseVersion(
  originalUrl: string,
  candidates: { capture?: { url: string; at: string } | null; archive?: { url: string; at: string } | null; local?: { url: string; at: string } | null },
): VersionLink | null {
  const chosen = candidates.capture ?? candidates.archive ?? candidates.local ?? null;
  if (!chosen || Number.isNaN(Date.parse(chosen.at))) return null;
  return { originalUrl, versionUrl: chosen.url, versionDate: new Date(chosen.at).toISOString().slice(0, 10) };
}

/** Save Page Now figures for the links report and dashboard. */
export interface CaptureSummary {
  /** Whether capture at publish is on (an access key is set). */
  enabled: boolean;
  counts: Record<CaptureStatus, number>;
  /** The latest failures, newest first: which URL and why. */
  failures: Array<Pick<LinkCapture, 'url' | 'error' | 'updatedAt'>>;
}

/** "Archive captures: 12 captured · 1 pending · 2 failed", or why there are none. */
export function captureLine(summary: CaptureSummary): string {
  const { counts } = summary;
  const total = counts.captured + counts.pending + counts.failed;
  if (total === 0) return summary.enabled ? 'Archive captures: none yet.' : 'Archive captures: off (no Save Page Now key set).';
  const line = `Archive captures: ${counts.captured} captured · ${counts.pending} pending · ${counts.failed} failed`;
  return `${line}${summary.enabled ? '' : ' (capture is now off)'}.`;
}
