import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNames } from './names.js';

test('names in the orders references use', () => {
  const cases: Array<[string, unknown]> = [
    ['Moreno, Luis', [{ family: 'Moreno', given: 'Luis' }]],
    ['Farley, Malcolm, and Stuart Trow', [{ family: 'Farley', given: 'Malcolm' }, { family: 'Trow', given: 'Stuart' }]],
    ['Smith, J., & Jones, K. L.', [{ family: 'Smith', given: 'J.' }, { family: 'Jones', given: 'K. L.' }]],
    ['Dava Sobel', [{ family: 'Sobel', given: 'Dava' }]],
    ['Baker, M. N.', [{ family: 'Baker', given: 'M. N.' }]],
    ['Ludwig van Beethoven', [{ family: 'van Beethoven', given: 'Ludwig' }]],
    ['Howse, Derek, ed.', [{ family: 'Howse', given: 'Derek' }]],
    ['Smith, John, Jane Doe, and Ann Lee', [{ family: 'Smith', given: 'John' }, { family: 'Doe', given: 'Jane' }, { family: 'Lee', given: 'Ann' }]],
    ['Kessmere Public Utilities', [{ literal: 'Kessmere Public Utilities' }]],
    ['World Health Organization', [{ literal: 'World Health Organization' }]],
    ['Núñez, José', [{ family: 'Núñez', given: 'José' }]],
    ['Needham, Joseph, Wang Ling, and Derek J. de Solla Price', [{ family: 'Needham', given: 'Joseph' }, { family: 'Ling', given: 'Wang' }, { family: 'de Solla Price', given: 'Derek J.' }]],
    ['Markowitz, Wm., R. Glenn Hall, L. Essen, and J. V. L. Parry', [{ family: 'Markowitz', given: 'Wm.' }, { family: 'Hall', given: 'R. Glenn' }, { family: 'Essen', given: 'L.' }, { family: 'Parry', given: 'J. V. L.' }]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(parseNames(text), expected, text);
});

test('text that is not names', () => {
  for (const text of ['Web', '3 March 2009', 'Also available on the city website:', 'https://x.example.org', '']) {
    assert.equal(parseNames(text), null, text);
  }
});
