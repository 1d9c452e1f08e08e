import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAccessDate } from './note-metadata.js';

test('access dates in the common written forms', () => {
  const cases: Array<[string, string | null]> = [
    ['Smith, J. "Pipes." https://x.example.org (accessed 14 June 2020).', '2020-06-14'],
    ['Web. Accessed 3 MAR 2009.', '2009-03-03'],
    ['Retrieved June 14, 2020, from https://x.example.org', '2020-06-14'],
    ['accessed: 2021-02-28', '2021-02-28'],
    ['Accessed on 5 Sept. 2019', '2019-09-05'],
    ['accessed 31 February 2020', null],
    ['A book with no access date. Penguin, 1995.', null],
  ];
  for (const [text, expected] of cases) assert.equal(extractAccessDate(text), expected, text);
});
