import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { parseReference } from '../../src/citations/parse/parse-reference.js';
import { markdownNotes } from '../../src/citations/notes/markdown-notes.js';
import { plainTextNotes } from '../../src/citations/notes/plain-text-notes.js';
import { renderCommentBody } from '../../src/content/comment-body.js';
import { renderMarkdown } from '../../src/content/markdown.js';
import { isDomainError } from '../../src/domain/errors.js';
import { readGhostExport } from '../../src/importers/ghost/ghost-export.js';
import { lexicalToHtml } from '../../src/importers/ghost/lexical-to-html.js';
import { mobiledocToHtml } from '../../src/importers/ghost/mobiledoc-to-html.js';
import { parseExport } from '../../src/importers/json/parse-export.js';
import { readMarkdownFile } from '../../src/importers/markdown/read-markdown-file.js';
import { wordpressContentToMarkdown } from '../../src/importers/wordpress/footnotes.js';
import { createWxrReader } from '../../src/importers/wordpress/wxr-reader.js';

/**
 * Property-based fuzz of every parser that reads what writers, readers and other
 * platforms send: it may refuse input with a clear (domain) error, never crash with
 * anything else, and never take long. Seeded so a failure can be replayed; set
 * FUZZ_RUNS to search harder.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261130);
/** No single input may take longer than this (ms): a parser that is slow on some input is a denial of service. */
const BOUND_MS = 1500;

/** Text shaped like what the parsers read: Markdown, notes, HTML and XML pieces glued together with arbitrary text. */
const pieces = fc.constantFrom(
  '[^1]', '[^1]: ', '[^a]', '\n\n', '\n', '# ', '## Notes\n', '1. ', '* ', '> ', '```\n', '`', '**', '_', '~~', '|', '| --- |',
  '[link](http://example.org)', '<https://example.org>', '![img](x.png)', '<b>', '</b>', '<script>alert(1)</script>', '<a href="javascript:alert(1)">x</a>',
  '&amp;', '&#0;', '\u0000', '\u202e', 'Ibid.', 'ibid', 'Smith, J. (2020). ', '“', '”', '«', 'doi:10.1000/182', 'https://doi.org/10.1/x', '(accessed 1 May 2024)',
  'Retrieved from ', ', p. 4', 'pp. 3–9', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<rss>', '</rss>', '<channel>', '<item>', '</item>', '<wp:wxr_version>1.2</wp:wxr_version>',
  '{', '}', '[', ']', '"', ':', ',', 'null', '"root"', '"children"', '"type":"text"', '---\n', 'title: ', 'date: ', '\t', '\r\n', '    ',
);
const shaped = fc.array(fc.oneof(pieces, fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(shaped, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }));
const anyJson = fc.oneof(fc.json({ maxDepth: 4 }), anyText, fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify({ db: [{ data: { posts: [value] } }] })));

/** Runs `parse`: it returns or throws a DomainError, within the bound. */
function survives(name: string, parse: () => unknown): void {
  const started = performance.now();
  try {
    parse();
  } catch (error) {
    if (!isDomainError(error)) throw new Error(`${name} crashed: ${(error as Error)?.stack ?? String(error)}`);
  }
  const took = performance.now() - started;
  assert.ok(took < BOUND_MS, `${name} took ${Math.round(took)} ms`);
}

const options = { numRuns: RUNS, seed: SEED };

test('Markdown bodies render or are refused clearly, quickly', () => {
  fc.assert(fc.property(anyText, (text) => survives('renderMarkdown', () => renderMarkdown(text, { idPrefix: 'a' }))), options);
});

test('notes and references parse whatever writers type', () => {
  fc.assert(fc.property(anyText, (text) => {
    survives('parseReference', () => parseReference(text));
    survives('markdownNotes', () => markdownNotes(text));
    survives('plainTextNotes', () => plainTextNotes(text));
  }), options);
});

test('a comment body renders without script or a javascript: link', () => {
  fc.assert(fc.property(anyText, (text) => {
    let html = '';
    survives('renderCommentBody', () => (html = renderCommentBody(text)));
    const { document } = parseHTML(`<div>${html}</div>`);
    assert.equal(document.querySelectorAll('script, style, iframe, object').length, 0, html);
    for (const link of document.querySelectorAll('a')) assert.match(link.getAttribute('href') ?? '', /^(https?:|mailto:|#)/, html);
  }), options);
});

test('import parsers refuse bad files with a clear error', () => {
  fc.assert(fc.property(anyJson, anyText, (json, text) => {
    survives('readGhostExport', () => readGhostExport('ghost.json', json));
    survives('parseExport', () => parseExport('export.json', json));
    survives('lexicalToHtml', () => lexicalToHtml(json));
    survives('mobiledocToHtml', () => mobiledocToHtml(json));
    survives('readMarkdownFile', () => readMarkdownFile('post.md', text));
    survives('wordpressContentToMarkdown', () => wordpressContentToMarkdown(text, json));
    survives('WXR reader', () => {
      const reader = createWxrReader('export.xml');
      reader.write(text);
      reader.close();
    });
  }), { ...options, numRuns: Math.max(50, Math.floor(RUNS / 2)) });
});
