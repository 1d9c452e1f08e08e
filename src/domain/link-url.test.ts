import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostMatches, MAX_LINK_URL_LENGTH, normaliseLinkUrl } from './link-url.js';

test('scheme and host are lowercased, the default port dropped, path and query kept, the fragment set aside', () => {
  assert.deepEqual(normaliseLinkUrl(' HTTPS://Example.ORG:443/Report.PDF?Page=2#Table-3 '), {
    url: 'https://example.org/Report.PDF?Page=2',
    fragment: 'Table-3',
  });
  assert.deepEqual(normaliseLinkUrl('http://example.org:8080'), { url: 'http://example.org:8080/', fragment: null });
});

test('an IDN host becomes punycode and a unicode path is percent-encoded', () => {
  assert.equal(normaliseLinkUrl('http://bücher.example/straße')?.url, 'http://xn--bcher-kva.example/stra%C3%9Fe');
});

test('only http(s) URLs with a host are links; overlong ones are refused', () => {
  for (const raw of ['mailto:a@example.org', 'ftp://example.org/x', 'javascript:alert(1)', 'not a url', '', 'http://user:pw@example.org/']) {
    assert.equal(normaliseLinkUrl(raw), null, raw);
  }
  assert.equal(normaliseLinkUrl(`http://example.org/${'a'.repeat(MAX_LINK_URL_LENGTH)}`), null);
  assert.equal(normaliseLinkUrl(`http://example.org/${'é'.repeat(MAX_LINK_URL_LENGTH / 2)}`), null, 'measured in bytes');
});

test('a paywall domain covers its subdomains, not look-alikes', () => {
  assert.ok(hostMatches('www.nytimes.com', 'nytimes.com'));
  assert.ok(hostMatches('nytimes.com', 'NYTimes.com'));
  assert.ok(!hostMatches('notnytimes.com', 'nytimes.com'));
  assert.ok(!hostMatches('nytimes.com', ''));
});
