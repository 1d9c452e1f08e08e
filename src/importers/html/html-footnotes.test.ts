import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlWithFootnotesToMarkdown } from './html-footnotes.js';

test('linked notes (a GFM or Ghost footnotes list) become Markdown footnotes, back links dropped', () => {
  const html = '<p>Levels fell<sup><a href="#fn1" id="fnref1">1</a></sup> and rose.<sup><a href="#fn2">2</a></sup></p>'
    + '<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list">'
    + '<li id="fn1"><p>Water Board, <em>Annual report</em>, 2024. <a href="#fnref1" class="footnote-backref">↩</a></p></li>'
    + '<li id="fn2"><p>See <a href="https://example.org/data">the data</a>.</p></li></ol></section>';
  const { markdown, notes } = htmlWithFootnotesToMarkdown(html);
  assert.equal(notes, 2);
  assert.match(markdown, /^Levels fell\[\^1\] and rose\.\[\^2\]/);
  assert.match(markdown, /\[\^1\]: Water Board, \*Annual report\*, 2024\.\n/);
  assert.match(markdown, /\[\^2\]: See \[the data\]\(https:\/\/example\.org\/data\)\./);
  assert.doesNotMatch(markdown, /↩|---/);
});

test('plain [1] markers with a trailing list become footnotes too; HTML without notes is plain Markdown', () => {
  const plain = htmlWithFootnotesToMarkdown('<p>A claim [1].</p><p>[1] Source, 2020.</p>');
  assert.equal(plain.notes, 1);
  assert.match(plain.markdown, /A claim \[\^1\]/);
  assert.match(plain.markdown, /\[\^1\]: Source, 2020\./);
  assert.deepEqual(htmlWithFootnotesToMarkdown('<h2>Title</h2><p>Just <strong>text</strong>.</p>'), { markdown: '## Title\n\nJust **text**.', notes: 0 });
});
