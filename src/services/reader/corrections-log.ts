import type { CorrectionCursor, PublishedCorrection } from '../articles/ports.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome, type SiteChrome } from './chrome.js';

/** Corrections a page of the log (and its feed) shows. */
export const CORRECTIONS_PER_PAGE = 50;

/** A page of the corrections log, and the cursor of the next one (null on the last). */
export interface CorrectionsLog {
  chrome: SiteChrome;
  corrections: PublishedCorrection[];
  next: CorrectionCursor | null;
  now: string;
}

/**
 * Every correction and update of the published articles, newest first, before `before`
 * (null: from the newest), a page at a time.
 */
export async function correctionsLog(store: Store, clock: Clock, before: CorrectionCursor | null): Promise<CorrectionsLog> {
  const now = clock().toISOString();
  const [chrome, rows] = await Promise.all([loadChrome(store.repos, now), store.repos.corrections.published(before, CORRECTIONS_PER_PAGE + 1, now)]);
  const corrections = rows.slice(0, CORRECTIONS_PER_PAGE);
  const last = corrections.at(-1);
  return { chrome, corrections, next: rows.length > CORRECTIONS_PER_PAGE && last ? { date: last.correction.date, id: last.correction.id } : null, now };
}
