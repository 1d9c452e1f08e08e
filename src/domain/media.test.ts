import { test } from 'node:test';
import assert from 'node:assert/strict';
import { responsiveWidths } from './media.js';

test('responsive widths never exceed the original', () => {
  assert.deepEqual(responsiveWidths(300), [300]);
  assert.deepEqual(responsiveWidths(1000), [480, 800, 1000]);
  assert.deepEqual(responsiveWidths(1600), [480, 800, 1200, 1600]);
  assert.deepEqual(responsiveWidths(4000), [480, 800, 1200, 1600]);
});
