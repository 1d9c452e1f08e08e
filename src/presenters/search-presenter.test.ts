import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from '../domain/search-query.js';
import { presentMarked, searchPath } from './search-presenter.js';

test('markers become marked parts; text stays text, markup included', () => {
  assert.deepEqual(presentMarked(`<b>x</b> ${S}water${E} & ${S}lead${E}`), [
    { text: '<b>x</b> ', mark: false },
    { text: 'water', mark: true },
    { text: ' & ', mark: false },
    { text: 'lead', mark: true },
  ]);
});

test('an unclosed marker marks to the end, and empty parts are dropped', () => {
  assert.deepEqual(presentMarked(`${S}${E}a${S}b`), [{ text: 'a', mark: false }, { text: 'b', mark: true }]);
});

test('search paths keep the filters and drop page 1', () => {
  const params = { q: 'sand & "filters"', section: 'water', author: '', tag: 'pipes', from: '', to: '', page: 1 };
  assert.equal(searchPath(params, 1), '/search?q=sand+%26+%22filters%22&section=water&tag=pipes');
  assert.equal(searchPath(params, 3), '/search?q=sand+%26+%22filters%22&section=water&tag=pipes&page=3');
});
