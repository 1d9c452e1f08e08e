import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordpressHtmlToMarkdown } from './html-to-markdown.js';

test('classic-editor text keeps its paragraphs and line breaks', () => {
  assert.equal(wordpressHtmlToMarkdown('First paragraph.\n\nSecond line one\nline two.'), 'First paragraph.\n\nSecond line one  \nline two.');
});

test('block markup: headings, lists, quotes, tables, code', () => {
  const md = wordpressHtmlToMarkdown('<!-- wp:heading --><h2>Title</h2><!-- /wp:heading --><ul><li>a</li><li>b</li></ul><blockquote><p>Quoted.</p></blockquote><table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table><pre><code>x = 1</code></pre>');
  assert.match(md, /^## Title/);
  assert.match(md, /-\s+a\n-\s+b/);
  assert.match(md, /> Quoted\./);
  assert.match(md, /\| A +\| B +\|\n\| --- \| --- \|\n\| 1 +\| 2 +\|/);
  assert.match(md, /```\nx = 1\n```/);
});

test('figures and [caption] keep image and caption; embeds become links; scripts go', () => {
  assert.equal(
    wordpressHtmlToMarkdown('<figure class="wp-block-image"><img src="https://x.example.org/a.jpg" alt="A boat"/><figcaption>Boat at dawn</figcaption></figure>'),
    '![A boat](https://x.example.org/a.jpg "Boat at dawn")',
  );
  assert.equal(
    wordpressHtmlToMarkdown('[caption id="attachment_1" width="300"]<img src="https://x.example.org/b.jpg" alt="B" /> Bridge in fog[/caption]'),
    '![B](https://x.example.org/b.jpg "Bridge in fog")',
  );
  assert.equal(wordpressHtmlToMarkdown('<iframe src="https://video.example.org/embed/1" title="A talk"></iframe>'), '[A talk](https://video.example.org/embed/1)');
  assert.equal(wordpressHtmlToMarkdown('<p>Safe</p><script>alert(1)</script>'), 'Safe');
});
