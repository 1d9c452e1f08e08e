import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalisePath, normaliseRequestUrl, sameOriginPath } from './normalise-url.js';

test('every spelling of the sign-in address normalises to /admin/login', () => {
  for (const spelling of ['//admin/login', '/%61dmin/login', '/%61%64%6D%69%6E/login', '/x/../admin/login', '/admin/./login', '\\admin\\login', '/admin//login', '/../admin/login', '/admin/%2e%2e/admin/login']) {
    assert.equal(normalisePath(spelling), '/admin/login', spelling);
  }
});

test('reserved and non-ASCII escapes stay encoded; the query is kept as sent', () => {
  assert.equal(normalisePath('/tag/a%2Fb'), '/tag/a%2Fb');
  assert.equal(normalisePath('/tag/caf%C3%A9'), '/tag/caf%C3%A9');
  assert.equal(normalisePath('/tag/%00'), '/tag/%00');
  assert.equal(normaliseRequestUrl('//search?q=a//b&x=%61'), '/search?q=a//b&x=%61');
  assert.equal(normaliseRequestUrl('/a/#frag'), '/a/');
  assert.equal(normaliseRequestUrl('/a/b/..'), '/a/');
});

test('a redirect target never leaves the site', () => {
  for (const target of ['//evil.example/', '/\\evil.example/', '///evil.example/', '/admin/..//evil.example/', '/%2e%2e//evil.example']) {
    const path = sameOriginPath(target);
    assert.ok(path.startsWith('/') && !path.startsWith('//'), `${target} → ${path}`);
    assert.equal(new URL(path, 'https://site.example').origin, 'https://site.example', target);
  }
  assert.equal(sameOriginPath('https://evil.example/'), '/');
  assert.equal(sameOriginPath('javascript:alert(1)', '/admin'), '/admin');
  assert.equal(sameOriginPath('/admin\r\nSet-Cookie: x', '/admin'), '/admin');
  assert.equal(sameOriginPath('/admin/articles?done=1'), '/admin/articles?done=1');
});
