import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commentsClosedReason } from './comment-closing.js';
import { normalizeLine, normalizeText } from './comment.js';
import { parseWebsite, validateCommentFields } from './comment-input.js';
import { DEFAULT_SETTINGS } from './settings.js';

const ok = { name: 'Rosa', email: 'Rosa@Example.org', website: '', body: 'Fine work.' };

test('valid fields are normalised; email is lower-cased', () => {
  const { fields, errors } = validateCommentFields({ ...ok, name: '  Rosa \n Diaz ', body: '  Line one\r\nLine two  ' });
  assert.deepEqual(errors, {});
  assert.deepEqual(fields, { name: 'Rosa Diaz', email: 'rosa@example.org', website: null, body: 'Line one\nLine two' });
});

test('every wrong field gets its own message', () => {
  const { errors } = validateCommentFields({ name: ' ', email: 'not-an-email', website: 'javascript:alert(1)', body: '' });
  assert.deepEqual(Object.keys(errors).sort(), ['body', 'email', 'name', 'website']);
});

test('a body over 10,000 characters is refused with its length', () => {
  const { errors } = validateCommentFields({ ...ok, body: 'x'.repeat(10_001) });
  assert.match(errors.body?.text ?? '', /10,001 characters long; the limit is 10,000/);
  assert.deepEqual(validateCommentFields({ ...ok, body: 'x'.repeat(10_000) }).errors, {});
});

test('only http(s) websites are accepted; a bare domain gets https://', () => {
  assert.equal(parseWebsite('example.org/a b'), 'https://example.org/a%20b');
  assert.equal(parseWebsite('http://example.org'), 'http://example.org/');
  for (const bad of ['javascript:alert(1)', 'data:text/html,<script>', 'JaVaScRiPt:x', 'ftp://example.org', 'mailto:a@b.c', 'vbscript:x', 'https://', 'nodot', '//evil.example', '\\\\evil.example']) {
    assert.equal(parseWebsite(bad), null, bad);
  }
  assert.equal(parseWebsite('https://x.example/"><script>'), 'https://x.example/%22%3E%3Cscript%3E');
});

test('control characters, NUL and lone surrogates are removed; direction overrides leave one-line fields', () => {
  assert.equal(normalizeText('a\u0000b\u0007c\uD800d\n'), 'abc\uFFFDd\n');
  assert.equal(normalizeLine('\u202Eevil\u202C name'), 'evil name');
});

test('comments close when off site-wide, off for the article, or past the closing age', () => {
  const now = new Date('2026-06-01T00:00:00.000Z');
  const article = { publishedAt: '2026-05-01T00:00:00.000Z', commentsOpen: true };
  assert.equal(commentsClosedReason(article, DEFAULT_SETTINGS, now), null);
  assert.equal(commentsClosedReason(article, { ...DEFAULT_SETTINGS, commentsEnabled: false }, now), 'disabled');
  assert.equal(commentsClosedReason({ ...article, commentsOpen: false }, DEFAULT_SETTINGS, now), 'article');
  assert.equal(commentsClosedReason(article, { ...DEFAULT_SETTINGS, commentsCloseAfterDays: 30 }, now), 'expired');
  assert.equal(commentsClosedReason(article, { ...DEFAULT_SETTINGS, commentsCloseAfterDays: 31 }, now), null);
});
