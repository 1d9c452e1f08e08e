import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLink, titleSaysNotFound, type FetchOutcome, type LinkHistory, type LinkRules } from './link-health.js';

const rules: LinkRules = { deadAfterFailures: 3, deadAfterDays: 3, paywalledHosts: ['paper.example'] };
const fresh: LinkHistory = { consecutiveFailures: 0, firstFailureAt: null };
const now = new Date('2026-05-10T12:00:00.000Z');

function outcome(overrides: Partial<FetchOutcome> = {}): FetchOutcome {
  const url = overrides.url ?? 'https://site.example/a/page';
  return { url, finalUrl: url, httpStatus: 200, redirects: [], problem: null, error: null, pageTitle: null, durationMs: 5, ...overrides };
}
const hop = (from: string, to: string, status = 301) => ({ from, to, status });

const cases: Array<[string, FetchOutcome, string, boolean]> = [
  ['200', outcome(), 'ok', false],
  ['301 → 200', outcome({ finalUrl: 'https://site.example/b', redirects: [hop('https://site.example/a/page', 'https://site.example/b')] }), 'redirected', false],
  ['404', outcome({ httpStatus: 404 }), 'error', true],
  ['410', outcome({ httpStatus: 410 }), 'error', true],
  ['500', outcome({ httpStatus: 500 }), 'error', true],
  ['429 does not count', outcome({ httpStatus: 429 }), 'error', false],
  ['403 from a paywalled host', outcome({ url: 'https://www.paper.example/story', finalUrl: 'https://www.paper.example/story', httpStatus: 403 }), 'paywalled', false],
  ['402 from a paywalled host after a redirect', outcome({ finalUrl: 'https://paper.example/login', httpStatus: 402, redirects: [hop('https://site.example/a/page', 'https://paper.example/login')] }), 'paywalled', false],
  ['403 elsewhere', outcome({ httpStatus: 403 }), 'error', true],
  ['timeout', outcome({ httpStatus: null, problem: 'timeout', error: 'no answer within 10 s' }), 'timeout', true],
  ['robots', outcome({ httpStatus: null, problem: 'robots', error: 'robots.txt disallows' }), 'blocked', false],
  ['redirect loop', outcome({ httpStatus: 301, problem: 'redirect-loop', error: 'loop' }), 'error', true],
  ['network', outcome({ httpStatus: null, problem: 'network', error: 'ECONNREFUSED' }), 'error', true],
  ['redirect to the home page', outcome({ finalUrl: 'https://site.example/', redirects: [hop('https://site.example/a/page', 'https://site.example/')] }), 'soft-404', true],
  ['the home page redirecting to itself with a slash is fine', outcome({ url: 'https://site.example/', finalUrl: 'https://www.site.example/', redirects: [hop('https://site.example/', 'https://www.site.example/')] }), 'redirected', false],
  ['200 "Page not found"', outcome({ pageTitle: 'Page Not Found | Site' }), 'soft-404', true],
  ['200 with an ordinary title', outcome({ pageTitle: 'Annual report 2024' }), 'ok', false],
];

test('each fetch outcome gets its status (table)', () => {
  for (const [name, input, status, failure] of cases) {
    const verdict = classifyLink(input, null, fresh, rules, now);
    assert.equal(verdict.status, status, name);
    assert.equal(verdict.failure, failure, `${name}: counts as failure`);
  }
});

test('dead only after 3 failures spanning at least 3 days; a success resets the count', () => {
  const notFound = outcome({ httpStatus: 404 });
  let history: LinkHistory = fresh;
  const at = (day: number) => new Date(Date.UTC(2026, 4, 1 + day, 12));
  const seen: string[] = [];
  for (const day of [0, 0.5, 1, 3]) {
    const verdict = classifyLink(notFound, null, history, rules, at(day));
    seen.push(verdict.status);
    history = verdict;
  }
  assert.deepEqual(seen, ['error', 'error', 'error', 'dead'], 'three failures within a day are not enough; the span must reach 3 days');
  assert.equal(history.consecutiveFailures, 4);
  assert.equal(history.firstFailureAt, at(0).toISOString());
  const back = classifyLink(outcome(), null, history, rules, at(4));
  assert.deepEqual([back.status, back.consecutiveFailures, back.firstFailureAt], ['ok', 0, null]);
});

test('a paywall or robots answer leaves the failure count alone', () => {
  // A stored link record is passed as history: its own status and reason must not leak through.
  const history = { consecutiveFailures: 2, firstFailureAt: '2026-05-01T00:00:00.000Z', status: 'error', reason: 'HTTP 500' };
  const verdict = classifyLink(outcome({ httpStatus: null, problem: 'robots', error: 'robots.txt disallows' }), null, history, rules, now);
  assert.deepEqual([verdict.status, verdict.reason, verdict.consecutiveFailures, verdict.firstFailureAt], ['blocked', 'robots.txt disallows', 2, '2026-05-01T00:00:00.000Z']);
});

test('the dead rule is configurable', () => {
  const verdict = classifyLink(outcome({ problem: 'timeout', httpStatus: null }), null, fresh, { ...rules, deadAfterFailures: 1, deadAfterDays: 0 }, now);
  assert.equal(verdict.status, 'dead');
});

test('a #fragment lost on a redirect is a warning, not a failure', () => {
  const moved = outcome({ finalUrl: 'https://site.example/new', redirects: [hop('https://site.example/a/page', 'https://site.example/new')] });
  const verdict = classifyLink(moved, 'section-2', fresh, rules, now);
  assert.deepEqual([verdict.status, verdict.fragmentLost], ['redirected', true]);
  const kept = outcome({ redirects: [hop('https://site.example/a/page', 'https://site.example/new#section-2')] });
  assert.equal(classifyLink(kept, 'section-2', fresh, rules, now).fragmentLost, false);
  assert.equal(classifyLink(outcome(), 'section-2', fresh, rules, now).fragmentLost, false, 'no redirect, nothing lost');
});

test('not-found titles are recognised conservatively', () => {
  for (const title of ['404', 'Error 404 - Example', 'Page not found', 'This page does not exist', "Sorry, the page can't be found"]) assert.ok(titleSaysNotFound(title), title);
  for (const title of ['Found: a history of lost property', 'Annual report', null]) assert.ok(!titleSaysNotFound(title), String(title));
});
