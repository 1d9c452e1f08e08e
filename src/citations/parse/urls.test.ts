import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findUrls } from './urls.js';

const urls = (text: string) => findUrls(text).map((u) => [u.url, u.problem ?? null]);

test('bare, bracketed and Markdown URLs', () => {
  assert.deepEqual(urls('See https://a.example.org/x (accessed 1 May 2020).'), [['https://a.example.org/x', null]]);
  assert.deepEqual(urls('Web. <http://citytimes.example.com/budget>.'), [['http://citytimes.example.com/budget', null]]);
  assert.deepEqual(urls('[The report](https://r.example.org/a.pdf), p. 3'), [['https://r.example.org/a.pdf', null]]);
  assert.deepEqual(urls('at www.example.org/page.'), [['http://www.example.org/page', null]]);
  assert.deepEqual(urls('https://en.example.org/wiki/Clock_(disambiguation).'), [['https://en.example.org/wiki/Clock_(disambiguation)', null]]);
});

test('URLs broken across lines are joined', () => {
  assert.deepEqual(urls('Report. https://records.example.org/reports/2019/\n    annual-report.pdf.'), [['https://records.example.org/reports/2019/annual-report.pdf', null]]);
  assert.deepEqual(urls('<http://x.example.org/a-very-long-\npath?id=3>'), [['http://x.example.org/a-very-long-path?id=3', null]]);
  assert.deepEqual(urls('https://a.example.org/x\nSecond sentence.'), [['https://a.example.org/x', null]]);
});

test('broken URLs are reported', () => {
  assert.deepEqual(urls('Available online: <'), [['', 'cut-off']]);
  assert.deepEqual(urls('Web. <http://citytimes.example.com/bud'), [['http://citytimes.example.com/bud', 'unclosed-angle']]);
  assert.deepEqual(urls('See <http:///reports/1>.'), [['http:///reports/1', 'no-host']]);
  assert.deepEqual(urls('See <https://r.example.org/report.>'), [['https://r.example.org/report.', 'swallowed-punctuation']]);
  assert.deepEqual(urls('See http://intranet/page'), [['http://intranet/page', 'no-host']]);
});
