import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikePlainTextNotes, plainTextNotes } from './plain-text-notes.js';

const DOC = `The reservoir was built in 1962.[1] It holds 40 million cubic metres.[2]

Later studies disagreed.[1][3]

Notes

[1] Kessmere Water Board. *Annual Report 1963*. p. 4.
[2] Smith, John. "Capacity." *Valley Times*, 3 May 1990.
    A second line of note 2.

[3] Ibid., p. 9.
`;

test('finds the trailing notes list and the markers that cite it', () => {
  const notes = plainTextNotes(DOC);
  assert.deepEqual(notes.definitions.map((d) => [d.label, d.raw]), [
    ['1', 'Kessmere Water Board. *Annual Report 1963*. p. 4.'],
    ['2', 'Smith, John. "Capacity." *Valley Times*, 3 May 1990.\n    A second line of note 2.'],
    ['3', 'Ibid., p. 9.'],
  ]);
  assert.deepEqual(notes.markers.map((m) => [m.label, m.position.line, m.position.column]), [['1', 1, 33], ['2', 1, 70], ['1', 3, 25], ['3', 3, 28]]);
  assert.equal(notes.definitions[2]!.position.line, 11);
  assert.equal(DOC.slice(notes.headingStart!, notes.headingStart! + 5), 'Notes');
});

test('markers without a note are orphans; link syntax is not a marker', () => {
  const notes = plainTextNotes('See [4] and [a link][1] and [x](http://a.example.org) [2].\n\n[2] Source.');
  assert.deepEqual(notes.orphanMarkers.map((m) => m.label), ['4']);
  assert.deepEqual(notes.markers.map((m) => m.label), ['2']);
});

test('detects which kind of document it is', () => {
  assert.equal(looksLikePlainTextNotes(DOC), true);
  assert.equal(looksLikePlainTextNotes('Text.[^1]\n\n[^1]: Note.'), false);
  assert.equal(looksLikePlainTextNotes('No notes here, just [brackets].'), false);
  assert.equal(looksLikePlainTextNotes('[1] A list that is not cited.'), false);
});
