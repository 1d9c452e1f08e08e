import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.js';

const parts = (text: string) => findDates(text).map((d) => d.date['date-parts'][0]);

test('dates in the forms references use', () => {
  assert.deepEqual(parts('3 MAR 2009. Web. 14 Apr 2009.'), [[2009, 3, 3], [2009, 4, 14]]);
  assert.deepEqual(parts('March 3, 2009'), [[2009, 3, 3]]);
  assert.deepEqual(parts('accessed 2021-02-28'), [[2021, 2, 28]]);
  assert.deepEqual(parts('Walker, 1995, p. 12'), [[1995]]);
  assert.deepEqual(parts('Spring issue, May 2019'), [[2019, 5]]);
  assert.deepEqual(parts('5 Sept. 2019'), [[2019, 9, 5]]);
});

test('numbers that are not dates are left alone', () => {
  assert.deepEqual(parts('pp. 1234–1250, vol. 12, 31 February 2020'), [[2020, 2]]);
  assert.deepEqual(parts('https://x.example.org/2019/05/story'), []);
  assert.deepEqual(parts('ISBN 978-0-8027-1312-7'), []);
});
