import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { articleEventOf, deliverySucceeded, parseWebhookEvents, parseWebhookUrl, webhookSignature } from './webhooks.js';

describe('webhook rules', () => {
  test('events: a comma list in any order comes back in canonical order; unknown ones are named', () => {
    assert.deepEqual(parseWebhookEvents(' link.dead, article.published ,link.dead'), ['article.published', 'link.dead']);
    assert.throws(() => parseWebhookEvents('article.published,post.added,Comment.created'), /Unknown events "post\.added", "Comment\.created"; the events are article\.published/);
    assert.throws(() => parseWebhookEvents(''), /Choose at least one event/);
  });

  test('addresses: absolute http(s), no credentials', () => {
    assert.equal(parseWebhookUrl(' https://hooks.example.org/in?x=1 '), 'https://hooks.example.org/in?x=1');
    assert.throws(() => parseWebhookUrl('hooks.example.org'), /not an address/);
    assert.throws(() => parseWebhookUrl('javascript:alert(1)'), /must be http\(s\), not javascript/);
    assert.throws(() => parseWebhookUrl('https://user:pw@hooks.example.org/'), /user name or password/);
  });

  test('the signature is HMAC-SHA256 of "timestamp.body" in hex', () => {
    const body = '{"event":"link.dead"}';
    assert.equal(webhookSignature('s3cret', 1780315200, body), createHmac('sha256', 's3cret').update(`1780315200.${body}`).digest('hex'));
    assert.notEqual(webhookSignature('s3cret', 1780315201, body), webhookSignature('s3cret', 1780315200, body));
  });

  test('only 2xx answers count as delivered', () => {
    assert.equal(deliverySucceeded({ statusCode: 204, error: null }), true);
    assert.equal(deliverySucceeded({ statusCode: 301, error: null }), false);
    assert.equal(deliverySucceeded({ statusCode: null, error: 'refused: loopback address 127.0.0.1' }), false);
  });

  test('an article change is published, updated or unpublished as readers see it; drafts, scheduled and pages say nothing', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const live = { kind: 'article' as const, status: 'published' as const, publishedAt: '2026-05-01T00:00:00Z' };
    const draft = { ...live, status: 'draft' as const };
    const scheduled = { ...live, status: 'scheduled' as const, publishedAt: '2026-07-01T00:00:00Z' };
    assert.equal(articleEventOf(null, live, now), 'article.published');
    assert.equal(articleEventOf(draft, live, now), 'article.published');
    assert.equal(articleEventOf(live, live, now), 'article.updated');
    assert.equal(articleEventOf(live, draft, now), 'article.unpublished');
    assert.equal(articleEventOf(live, null, now), 'article.unpublished');
    assert.equal(articleEventOf(draft, draft, now), null);
    assert.equal(articleEventOf(draft, scheduled, now), null);
    assert.equal(articleEventOf(null, { ...live, kind: 'page' }, now), null);
  });
});
