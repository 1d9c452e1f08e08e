import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../content/markdown.js';
import { convertPlainTextFootnotes } from './plain-text-to-markdown.js';

test('plain-text notes become GFM footnotes that render as notes', () => {
  const text = 'Water is cheap.[1] Pipes are not.[2][1]\n\nNotes:\n\n[1] Board report, p. 3.\n[2] Smith, John. "Pipes." *City Times*, 2001.\n    Second line.\n';
  const { markdown, converted } = convertPlainTextFootnotes(text);
  assert.equal(converted, 2);
  assert.equal(markdown, 'Water is cheap.[^1] Pipes are not.[^2][^1]\n\n[^1]: Board report, p. 3.\n[^2]: Smith, John. "Pipes." *City Times*, 2001.\n    Second line.\n');
  const rendered = renderMarkdown(markdown, { idPrefix: 'x-' });
  assert.equal(rendered.notes.length, 2);
  assert.equal(rendered.notes[0]!.citations, 2);
  assert.match(rendered.notes[1]!.html, /Second line/);
});

test('text without plain-text notes is unchanged', () => {
  for (const text of ['Just prose [with brackets].', 'Cited.[^a]\n\n[^a]: Note.', '[1] Not cited anywhere.']) {
    assert.deepEqual(convertPlainTextFootnotes(text), { markdown: text, converted: 0 });
  }
});
