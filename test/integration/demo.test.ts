import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { demoContent } from '../../src/demo/content.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

const published = demoContent.articles.filter((a) => (a.status ?? 'published') === 'published');

test('the demo content meets the brief', () => {
  assert.ok(demoContent.sections.length >= 3);
  assert.ok(demoContent.sections.some((s) => s.parent), 'one section is nested');
  assert.ok(published.length >= 12, `${published.length} published articles`);
  assert.ok(demoContent.authors.length >= 3);
  assert.ok(demoContent.tags.length >= 3);
  assert.deepEqual(demoContent.pages.map((p) => p.slug).sort(), ['about', 'contact']);
  for (const url of demoContent.articles.flatMap((a) => a.body.match(/https?:\/\/[^\s)>\]]+/g) ?? [])) {
    assert.match(new URL(url).hostname, /(^|\.)example\.(org|com|net)$/, `${url} stays on a reserved domain`);
  }
});

for (const engine of ENGINES) {
  describe(`demo seeding (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-11-27T12:00:00.000Z'));
    });
    after(() => site.close());

    test('seeds an empty database once, then never again', async () => {
      const first = await site.services.transfer.seedDemo(demoContent);
      assert.equal(first.seeded, true);
      assert.equal(first.articles, demoContent.articles.length);
      const second = await site.services.transfer.seedDemo(demoContent);
      assert.deepEqual(second, { seeded: false, articles: 0 });
    });

    test('every published demo article renders with at least 3 notes', async () => {
      let citedTwice = false;
      let longUrl = false;
      for (const article of published) {
        const data = await site.services.reader.article(article.slug);
        assert.ok(data.notes.length >= 3, `${article.slug} has ${data.notes.length} notes`);
        citedTwice ||= data.notes.some((n) => n.citations >= 2);
        longUrl ||= data.notes.some((n) => (n.url?.length ?? 0) > 200);
        const response = await site.inject(`/${article.publishedAt.slice(0, 4)}/${article.publishedAt.slice(5, 7)}/${article.slug}`);
        assert.equal(response.statusCode, 200, article.slug);
      }
      assert.ok(citedTwice, 'one note is cited twice');
      assert.ok(longUrl, 'one note has a very long URL');
    });

    test('every demo article has its own featured picture with alt text, in JPEG sizes the home page\'s cards show', async () => {
      const home = await site.page('/');
      const images = [...home.document.querySelectorAll('.cards img')];
      assert.ok(images.length >= 6, `${images.length} card images on the home page`);
      for (const img of images) {
        assert.ok((img.getAttribute('alt') ?? '').length > 10, `alt text: ${img.getAttribute('alt')}`);
        const src = img.getAttribute('src')!;
        const file = await site.inject(src);
        assert.equal(file.statusCode, 200, src);
        assert.ok(file.rawPayload.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])), `${src} is a JPEG`);
      }
      const pictures = new Set<number>();
      for (const article of published) {
        const data = await site.services.reader.article(article.slug);
        assert.ok(data.featured, `${article.slug} has a featured image`);
        assert.ok(data.featured.media.sizes.every((size) => size.format === 'jpeg'), 'sizes in JPEG only');
        if (!article.translationOf) pictures.add(data.featured.media.id);
      }
      assert.equal(pictures.size, published.filter((a) => !a.translationOf).length, 'each original article has a picture of its own');
    });

    test('with /{lang}/ addresses on, the French demo article names its section and tags in French', async () => {
      await site.services.settings.update({ languagePrefixes: true });
      try {
        const body = (await site.inject('/fr/2024/01/des-triangles-a-perte-de-vue')).body;
        assert.match(body, /href="\/fr\/section\/cartes-et-arpentage"[^>]*>(<bdi>)?Cartes et arpentage</);
        assert.match(body, /href="\/fr\/tag\/mesure"[^>]*>(<bdi>)?Mesure</);
      } finally {
        await site.services.settings.update({ languagePrefixes: false });
      }
    });

    test('the draft and the scheduled demo articles stay hidden', async () => {
      const hidden = demoContent.articles.filter((a) => a.status === 'draft' || a.status === 'scheduled');
      assert.ok(hidden.length >= 1);
      for (const article of hidden) await assert.rejects(site.services.reader.article(article.slug), /no published article/);
      const home = await site.page('/');
      assert.ok(!hidden.some((a) => home.response.body.includes(a.slug)));
    });
  });
}
