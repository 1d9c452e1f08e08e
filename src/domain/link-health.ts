import { hostMatches, hostOf } from './link-url.js';

/** Where a cited link stands after its latest check. */
export type LinkStatus = 'ok' | 'redirected' | 'dead' | 'soft-404' | 'paywalled' | 'timeout' | 'blocked' | 'refused' | 'error';

/** Every status, worst first: the order reports sort and list them in. */
export const LINK_STATUSES: readonly LinkStatus[] = ['dead', 'soft-404', 'error', 'timeout', 'refused', 'blocked', 'paywalled', 'redirected', 'ok'];

/** One redirect followed: `from` answered `status` with Location `to` (resolved, fragment kept). */
export interface RedirectHop {
  from: string;
  status: number;
  to: string;
}

/** Why a check got no usable final answer; `refused`: the URL or a redirect pointed at a non-public address, never requested. */
export type FetchProblem = 'timeout' | 'robots' | 'refused' | 'redirect-loop' | 'too-many-redirects' | 'bad-redirect' | 'network';

/** What one HTTP check saw. Checkers report every failure here; they never throw. */
export interface FetchOutcome {
  /** The normalised URL that was checked. */
  url: string;
  /** The last URL requested (after redirects). */
  finalUrl: string;
  /** Status of the last response, null when none came. */
  httpStatus: number | null;
  redirects: RedirectHop[];
  problem: FetchProblem | null;
  /** A one-line diagnostic for editors, null when all went well. */
  error: string | null;
  /** `<title>` or first heading of a 2xx HTML page, for soft-404 detection. */
  pageTitle: string | null;
  durationMs: number;
}

/** What earlier checks left on the link. */
export interface LinkHistory {
  consecutiveFailures: number;
  /** When the current run of failures began. */
  firstFailureAt: string | null;
}

/** The site's rules for calling a link dead or paywalled. */
export interface LinkRules {
  deadAfterFailures: number;
  deadAfterDays: number;
  paywalledHosts: readonly string[];
}

/** The classification of one check, and the history it leaves. */
export interface LinkVerdict {
  status: LinkStatus;
  /** Whether this check counts towards calling the link dead. */
  failure: boolean;
  /** A short explanation for editors. */
  reason: string;
  /** The link's #fragment did not survive a redirect to another page. */
  fragmentLost: boolean;
  consecutiveFailures: number;
  firstFailureAt: string | null;
}

const DAY_MS = 86_400_000;

// Conservative on purpose: a false soft-404 hides a working source behind an archive.
const NOT_FOUND_TITLES = [
  /\bnot\s+found\b/i,
  /\b404\b/,
  /\bpage\s+(?:does\s+not|doesn['’]t|no\s+longer)\s+exists?\b/i,
  /\bpage\s+(?:cannot|can['’]t|could\s+not|couldn['’]t)\s+be\s+found\b/i,
];

/** True when a page title or heading says the page is missing. */
export function titleSaysNotFound(title: string | null): boolean {
  return title !== null && NOT_FOUND_TITLES.some((pattern) => pattern.test(title));
}

function isSiteRoot(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.pathname === '/' || parsed.pathname === '') && parsed.search === '';
  } catch {
    return false;
  }
}

/** A redirect from a deep page to a site's home page: the page is gone, the site pretends otherwise. */
export function redirectedToRoot(outcome: Pick<FetchOutcome, 'url' | 'redirects'>): boolean {
  const last = outcome.redirects[outcome.redirects.length - 1];
  return last !== undefined && !isSiteRoot(outcome.url) && isSiteRoot(last.to);
}

/** A #fragment is lost when a redirect moved the link to an address that does not carry it. */
export function fragmentLostOnRedirect(fragment: string | null, redirects: readonly RedirectHop[]): boolean {
  const last = redirects[redirects.length - 1];
  if (!fragment || !last) return false;
  try {
    return new URL(last.to).hash !== `#${fragment}`;
  } catch {
    return true;
  }
}

type Judgement = { status: LinkStatus; counts: 'failure' | 'success' | 'neither'; reason: string };

function judge(outcome: FetchOutcome, rules: LinkRules): Judgement {
  const code = outcome.httpStatus;
  if (outcome.problem === 'robots') return { status: 'blocked', counts: 'neither', reason: outcome.error ?? 'robots.txt disallows checking this URL' };
  // Not a sign the source is gone: it was never asked (a private or loopback address).
  if (outcome.problem === 'refused') return { status: 'refused', counts: 'neither', reason: outcome.error ?? 'refused: not a public address' };
  if (outcome.problem === 'timeout') return { status: 'timeout', counts: 'failure', reason: outcome.error ?? 'no answer in time' };
  if (outcome.problem !== null || code === null) return { status: 'error', counts: 'failure', reason: outcome.error ?? 'no response' };
  const hosts = [hostOf(outcome.url), hostOf(outcome.finalUrl)];
  if ((code === 401 || code === 402 || code === 403) && rules.paywalledHosts.some((d) => hosts.some((h) => hostMatches(h, d)))) {
    return { status: 'paywalled', counts: 'neither', reason: `HTTP ${code} from a paywalled site` };
  }
  // Rate limiting says nothing about the page; try again next time.
  if (code === 429) return { status: 'error', counts: 'neither', reason: 'HTTP 429 (rate limited)' };
  if (code < 200 || code >= 300) return { status: 'error', counts: 'failure', reason: `HTTP ${code}` };
  if (redirectedToRoot(outcome)) return { status: 'soft-404', counts: 'failure', reason: 'redirected to the site’s home page' };
  if (titleSaysNotFound(outcome.pageTitle)) return { status: 'soft-404', counts: 'failure', reason: `the page says “${outcome.pageTitle}”` };
  if (outcome.redirects.length > 0) return { status: 'redirected', counts: 'success', reason: `moved to ${outcome.finalUrl}` };
  return { status: 'ok', counts: 'success', reason: `HTTP ${code}` };
}

/**
 * Classifies one check in the light of the link's history. A failing link is only `dead`
 * after `deadAfterFailures` failures in a row spanning at least `deadAfterDays` days (as
 * InternetArchiveBot does), so one bad day never hides a source; until then it keeps the
 * status of what went wrong (`error`, `timeout`). Soft-404s keep their own status.
 */
export function classifyLink(outcome: FetchOutcome, fragment: string | null, history: LinkHistory, rules: LinkRules, now: Date): LinkVerdict {
  const { status, counts, reason } = judge(outcome, rules);
  const fragmentLost = fragmentLostOnRedirect(fragment, outcome.redirects);
  if (counts === 'success') return { status, failure: false, reason, fragmentLost, consecutiveFailures: 0, firstFailureAt: null };
  if (counts === 'neither') {
    return { status, failure: false, reason, fragmentLost, consecutiveFailures: history.consecutiveFailures, firstFailureAt: history.firstFailureAt };
  }
  const consecutiveFailures = history.consecutiveFailures + 1;
  const firstFailureAt = history.firstFailureAt ?? now.toISOString();
  const span = now.getTime() - Date.parse(firstFailureAt);
  const confirmed = consecutiveFailures >= rules.deadAfterFailures && span >= rules.deadAfterDays * DAY_MS;
  const dead = confirmed && status !== 'soft-404';
  return {
    status: dead ? 'dead' : status,
    failure: true,
    reason: dead ? `${reason}; failed ${consecutiveFailures} times since ${firstFailureAt.slice(0, 10)}` : reason,
    fragmentLost,
    consecutiveFailures,
    firstFailureAt,
  };
}

/** Statuses whose reader should be offered the archived copy instead. */
export function isGone(status: LinkStatus | null): boolean {
  return status === 'dead' || status === 'soft-404';
}
