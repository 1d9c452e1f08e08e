import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextFootnoteLabel, renumberFootnotes } from './renumber-footnotes.js';

test('labels become 1..n in order of first citation, and the notes follow that order', () => {
  const text = 'A.[^b] B.[^a] C.[^b]\n\n[^a]: Source A.\n[^b]: Source B.\n';
  assert.equal(renumberFootnotes(text), 'A.[^1] B.[^2] C.[^1]\n\n[^1]: Source B.\n[^2]: Source A.\n');
});

test('notes nothing cites come last; markers without a note stay as typed', () => {
  const text = 'A.[^x] B.[^gone]\n\n[^unused]: Never cited.\n[^x]: Cited.\n';
  assert.equal(renumberFootnotes(text), 'A.[^1] B.[^gone]\n\n[^1]: Cited.\n[^2]: Never cited.\n');
});

test('multi-line notes move whole; code is left alone', () => {
  const text = 'One[^2] two[^1] `[^1]`\n\n[^1]: First line\n    continued.\n\n[^2]: Second.\n';
  assert.equal(renumberFootnotes(text), 'One[^1] two[^2] `[^1]`\n\n[^1]: Second.\n\n[^2]: First line\n    continued.\n');
});

test('notes scattered through the text are relabelled in place', () => {
  const text = 'A.[^b]\n\n[^b]: B.\n\nMore text.[^a]\n\n[^a]: A.\n';
  assert.equal(renumberFootnotes(text), 'A.[^1]\n\n[^1]: B.\n\nMore text.[^2]\n\n[^2]: A.\n');
});

test('the next label follows the highest number used', () => {
  assert.equal(nextFootnoteLabel('No notes.'), '1');
  assert.equal(nextFootnoteLabel('A[^1] B[^note] C[^7]\n\n[^1]: x\n[^note]: y\n'), '8');
});
