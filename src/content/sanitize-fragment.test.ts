import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitizeFragment } from './sanitize-fragment.js';

test('keeps formatting, links bare URLs, drops anything active', () => {
  assert.equal(
    sanitizeFragment('Moreno, “Update,” <i>City Times</i>, 2009, http://citytimes.example.com/budget.'),
    'Moreno, “Update,” <i>City Times</i>, 2009, <a href="http://citytimes.example.com/budget">http://citytimes.example.com/budget</a>.',
  );
  assert.equal(sanitizeFragment('<span style="font-variant:small-caps" onclick="x()">A</span><script>alert(1)</script>'), '<span>A</span>');
  assert.equal(sanitizeFragment('<a href="javascript:alert(1)">x</a>'), '<a>x</a>');
});
