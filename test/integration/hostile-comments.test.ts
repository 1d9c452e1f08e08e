import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { isCommentRejected, normalizeLine, normalizeText } from '../../src/domain/comment.js';
import { HOSTILE_COMMENTS } from '../fixtures/hostile-comments.js';
import { formTokenOf, hostileInput } from '../support/comments.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const PATH = '/2026/01/hostile';
const FIELD = { name: 'name', website: 'website', body: 'body' } as const;

for (const engine of ENGINES) {
  describe(`hostile comment input (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'hostile', title: 'Hostile' }));
      await site.services.comments.updateSettings({ commentModeration: 'none', commentMinFillSeconds: 0, commentRateLimitPerMinute: 1000, commentMaxLinks: 100, commentsPerPage: 200 });
    });
    after(() => site.close());

    test(`${HOSTILE_COMMENTS.length} inputs are stored exactly as normalised, or refused naming the field`, async () => {
      assert.ok(HOSTILE_COMMENTS.length >= 50);
      const token = await formTokenOf(site, PATH);
      for (const entry of HOSTILE_COMMENTS) {
        const attempt = site.services.comments.post(hostileInput(entry, token));
        if (entry.expect === 'refused') {
          await assert.rejects(attempt, (error) => isCommentRejected(error) && Object.keys(error.fields).join() === FIELD[entry.field], entry.label);
          continue;
        }
        const posted = await attempt;
        assert.equal(posted.status, 'approved', entry.label);
      }
      const stored = await site.services.comments.list({ limit: 500 });
      assert.equal(stored.length, HOSTILE_COMMENTS.filter((e) => e.expect === 'stored').length);
      for (const [index, entry] of HOSTILE_COMMENTS.filter((e) => e.expect === 'stored').entries()) {
        const comment = stored[stored.length - 1 - index]!;
        if (entry.field === 'body') assert.equal(comment.body, normalizeText(entry.value).trim(), entry.label);
        if (entry.field === 'name') assert.equal(comment.authorName, normalizeLine(entry.value), entry.label);
        if (entry.field === 'website') assert.match(comment.authorUrl ?? '', /^https:\/\/[^\s"<>]+$/, entry.label);
        assert.doesNotMatch(JSON.stringify(comment), /\\u0000|\\ud[89a-f]/i, `${entry.label}: no NUL or lone surrogate stored`);
      }
    });

    test('the article shows them all escaped: no script, no handler attribute, no unsafe link', async () => {
      const response = await site.inject(PATH);
      assert.equal(response.statusCode, 200);
      const { document } = parseHTML(response.body);
      const comments = document.querySelector('#comments')!;
      assert.equal(comments.querySelectorAll('.comment').length, HOSTILE_COMMENTS.filter((e) => e.expect === 'stored').length);
      assert.equal(comments.querySelectorAll('script, iframe, object, embed, svg, img, style, base, meta, math, video, details, textarea:not([name="comment"])').length, 0);
      for (const element of comments.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) assert.doesNotMatch(name, /^on/i, `${element.tagName} has ${name}`);
      }
      for (const link of comments.querySelectorAll('a[href]')) {
        assert.match(link.getAttribute('href')!, /^(https?:\/\/|#|\/)/, link.outerHTML);
      }
      const text = comments.textContent ?? '';
      for (const visible of ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', '</textarea><script>window.__pwned=1</script>', 'javascript:alert(1)']) {
        assert.ok(text.includes(visible), `shown as text: ${visible}`);
      }
      assert.doesNotMatch(response.body, /hostile@example\.org/);
      const feed = await site.inject(`${PATH}/comments.xml`);
      assert.equal(feed.statusCode, 200);
      assert.doesNotMatch(feed.body, /hostile@example\.org|<script/);
      assert.ok(!feed.body.includes('\u0000'), 'no NUL in the feed');
      const xml = parseHTML(feed.body.replace(/^<\?xml[^>]*>/, ''));
      assert.ok(xml.document.querySelectorAll('item').length >= 50);
    });

    test('invalid UTF-8 and raw bytes in a form post are stored as replacement characters, never a 500', async () => {
      const token = await formTokenOf(site, PATH);
      const payload = Buffer.concat([
        Buffer.from(`t=${encodeURIComponent(token)}&author=Bytes&email=bytes%40example.org&comment=`),
        Buffer.from([0x62, 0xff, 0xfe, 0x20, 0xc3, 0x28, 0x20, 0xed, 0xa0, 0x80]),
        Buffer.from('%C0%AF%FF%00end'),
      ]);
      const response = await site.inject({ method: 'POST', url: `${PATH}/comments`, payload, remoteAddress: '203.0.113.99', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(response.statusCode, 303, response.body.slice(0, 300));
      const [latest] = await site.services.comments.list({ limit: 1 });
      assert.equal(latest?.authorName, 'Bytes');
      assert.match(latest!.body, /^b\uFFFD/);
      assert.ok(!latest!.body.includes('\u0000'), 'no NUL stored');
      assert.equal(Buffer.from(latest!.body, 'utf8').toString('utf8'), latest!.body, 'well-formed');
    });
  });
}
