import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSearchQuery, type SearchTerm } from './search-query.js';

const w = (word: string): SearchTerm => ({ kind: 'word', word });
const p = (word: string): SearchTerm => ({ kind: 'prefix', word });
const ph = (...words: string[]): SearchTerm => ({ kind: 'phrase', words });

const cases: Array<[string, unknown, SearchTerm[]]> = [
  ['plain words, lower-cased', 'Water Supply', [w('water'), w('supply')]],
  ['a phrase', '"lead service line"', [ph('lead', 'service', 'line')]],
  ['a one-word phrase is a word', '"chloramine"', [w('chloramine')]],
  ['a prefix', 'reserv*', [p('reserv')]],
  ['a one-letter prefix is a word', 'r*', [w('r')]],
  ['a star alone is dropped', '*', []],
  ['unbalanced quote: text is kept as words', 'say "hello world', [w('say'), w('hello'), w('world')]],
  ['phrase then words', '"sand filter" cost*', [ph('sand', 'filter'), p('cost')]],
  ['upper-case operators dropped, lower-case kept', 'water AND NOT lead NEAR pipe or', [w('water'), w('lead'), w('pipe'), w('or')]],
  ['minus and colons dropped', '-lead title:water a:b', [w('lead'), w('title'), w('water'), w('a'), w('b')]],
  ['SQL fragments become harmless words', "'; DROP TABLE articles; --", [w('drop'), w('table'), w('articles')]],
  ['FTS syntax characters dropped', 'NEAR(water lead, 5) ^caret {col}', [w('water'), w('lead'), w('5'), w('caret'), w('col')]],
  ['apostrophes split words', "Kessmere's water", [w('kessmere'), w('s'), w('water')]],
  ['unicode letters and digits', 'Zürich 東京 ½', [w('zürich'), w('東京'), w('1'), w('2')]],
  ['duplicates once', 'water water', [w('water')]],
  ['curly quotes make phrases', '“slow sand”', [ph('slow', 'sand')]],
  ['not a string', 42, []],
  ['empty', '   ', []],
];

for (const [name, input, expected] of cases) {
  test(`parseSearchQuery: ${name}`, () => {
    assert.deepEqual(parseSearchQuery(input).terms, expected);
  });
}

test('parseSearchQuery bounds hostile input', () => {
  const started = performance.now();
  const query = parseSearchQuery('a'.repeat(10_000) + ' ' + 'word '.repeat(5_000));
  assert.ok(performance.now() - started < 50);
  assert.ok(query.terms.length <= 12);
  assert.ok(query.words.every((word) => word.length <= 64));
  assert.equal(parseSearchQuery(Array.from({ length: 100 }, (_, i) => `t${i}`).join(' ')).terms.length, 12);
});

test('words lists every word once, for highlighting', () => {
  assert.deepEqual(parseSearchQuery('"sand filter" sand cost*').words, ['sand', 'filter', 'cost']);
});
