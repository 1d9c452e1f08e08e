import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderMarkdown } from './markdown.js';

const md = `Water arrives by gravity.[^res] The plant treats it.[^2]

Later the reservoir is cited again.[^res] And again.[^res]

[^res]: Reservoir board. *Annual report*. https://water.example.org/report.pdf (accessed 3 May 2021).
[^2]: Plant notes, p. 4.
[^unused]: Never cited.
`;

test('footnotes become numbered markers in order of first citation', () => {
  const out = renderMarkdown(md, { idPrefix: 'water-' });
  assert.match(out.html, /<sup class="note-ref"><a href="#water-note-1" id="water-ref-1-1" role="doc-noteref">\[1\]<\/a><\/sup>/);
  assert.match(out.html, /<a href="#water-note-2" id="water-ref-2-1" role="doc-noteref">\[2\]<\/a>/);
  assert.match(out.html, /id="water-ref-1-2"/);
  assert.match(out.html, /id="water-ref-1-3"/);
  assert.doesNotMatch(out.html, /Never cited|section|footnote/);
});

test('notes carry label, raw text, first URL and citation count', () => {
  const out = renderMarkdown(md, { idPrefix: 'water-' });
  assert.equal(out.notes.length, 2);
  const [first, second] = out.notes;
  assert.equal(first?.number, 1);
  assert.equal(first?.label, 'res');
  assert.equal(first?.citations, 3);
  assert.equal(first?.url, 'https://water.example.org/report.pdf');
  assert.equal(first?.rawText, 'Reservoir board. *Annual report*. https://water.example.org/report.pdf (accessed 3 May 2021).');
  assert.match(first?.html ?? '', /^Reservoir board\. <em>Annual report<\/em>\. <a href="https:\/\/water\.example\.org\/report\.pdf">/);
  assert.equal(second?.citations, 1);
  assert.equal(second?.url, null);
  assert.deepEqual(out.uncitedNotes, ['unused']);
});

test('raw HTML and script are dropped, text is escaped', () => {
  const out = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror=alert(1)> & [x](javascript:alert(1))', { idPrefix: 'a-' });
  assert.doesNotMatch(out.html, /<script|onerror|javascript:/i);
  assert.match(out.html, /&#x26;|&amp;/);
});

test('a hand-written sup with data-note cannot smuggle attributes', () => {
  const out = renderMarkdown('Text <sup data-note="1" onclick="x()">1</sup>', { idPrefix: 'a-' });
  assert.doesNotMatch(out.html, /onclick/);
});

test('multi-paragraph notes keep their blocks (Pandoc example)', () => {
  const source = readFileSync(new URL('../../test/fixtures/footnotes/pandoc.md', import.meta.url), 'utf8');
  const out = renderMarkdown(source, { idPrefix: 'p-' });
  assert.equal(out.notes.length, 2);
  assert.equal(out.notes[0]?.html, 'Here is the footnote.');
  assert.match(out.notes[1]?.html ?? '', /<p>Here’s one with multiple blocks\.<\/p>[\s\S]*<pre><code>\{ some\.code \}/);
  assert.match(out.html, /This paragraph won’t be part of the note/);
});

test('lead text comes from the opening paragraphs without markers', () => {
  const out = renderMarkdown('# Title\n\nFirst para.[^a]\n\nSecond.\n\n[^a]: n', { idPrefix: 'x-' });
  assert.equal(out.leadText, 'First para. Second.');
});
