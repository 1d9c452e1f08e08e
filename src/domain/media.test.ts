import { test } from 'node:test';
import assert from 'node:assert/strict';
import { altTextWarning, imagesWithoutAlt, responsiveWidths } from './media.js';

test('responsive widths never exceed the original', () => {
  assert.deepEqual(responsiveWidths(300), [300]);
  assert.deepEqual(responsiveWidths(1000), [480, 800, 1000]);
  assert.deepEqual(responsiveWidths(1600), [480, 800, 1200, 1600]);
  assert.deepEqual(responsiveWidths(4000), [480, 800, 1200, 1600]);
});

test('images without alt text are counted, outside code', () => {
  assert.equal(imagesWithoutAlt('![A dam](/media/a.jpg) ![](/media/b.jpg) ![ ](/c.png) `![](/d.png)`'), 2);
  assert.equal(altTextWarning('![ok](/x.png)', false), null);
  assert.equal(altTextWarning('text', true), 'No alt text for the featured image: describe it for readers who cannot see images.');
  assert.match(altTextWarning('![](/x.png)', true) ?? '', /the featured image and 1 image in the text/);
});
