import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderCommentBody } from './comment-body.js';

test('blank lines make paragraphs, single newlines line breaks', () => {
  assert.equal(renderCommentBody('One\ntwo\n\n\nThree'), '<p>One<br>\ntwo</p><p>Three</p>');
});

test('http(s) URLs become nofollow ugc links; trailing punctuation stays text', () => {
  const html = renderCommentBody('See https://example.org/a?b=1&c=2. Or (http://x.example/p).');
  assert.equal(
    html,
    '<p>See <a href="https://example.org/a?b=1&#x26;c=2" rel="nofollow ugc noopener">https://example.org/a?b=1&#x26;c=2</a>. Or (<a href="http://x.example/p" rel="nofollow ugc noopener">http://x.example/p</a>).</p>',
  );
});

test('markup is text, other schemes are not linked', () => {
  const html = renderCommentBody('<script>alert(1)</script> javascript:alert(1) data:text/html,x mailto:a@b.example //evil.example www.example.org');
  assert.doesNotMatch(html, /<script|<a /);
  assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
});

test('a link cannot break out of its attribute', () => {
  const html = renderCommentBody('https://x.example/"onmouseover="alert(1)');
  assert.doesNotMatch(html, /<a [^>]*\sonmouseover/);
  assert.match(html, /href="https:\/\/x\.example\/%22onmouseover=%22alert\(1\)"/);
});
