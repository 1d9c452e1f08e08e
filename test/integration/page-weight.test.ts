import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { demoContent } from '../../src/demo/content.js';
import { buildArticle } from '../support/factories.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';

// Issue 16, item 6: an article page's HTML + CSS + JS under 60 KB compressed, nothing
// loaded from another host (no web fonts), and no layout shift from images.

/** What the weight budget allows: HTML + CSS + JS of one article page, each gzipped. */
const BUDGET_BYTES = 60 * 1024;
const published = demoContent.articles.filter((a) => (a.status ?? 'published') === 'published');
const longest = published.reduce((a, b) => (b.body.length > a.body.length ? b : a));
const sectionOf = demoContent.sections.find((s) => s.slug === longest.section)!;
const sectionPath = `/section/${sectionOf.parent ? `${sectionOf.parent}/` : ''}${sectionOf.slug}`;
const pathOf = (a: { publishedAt: string; slug: string }) => `/${a.publishedAt.slice(0, 4)}/${a.publishedAt.slice(5, 7)}/${a.slug}`;

/** Every URL the page makes the browser fetch (not links a reader follows). */
function resourcesOf(document: Document): Array<{ kind: string; url: string }> {
  const found: Array<{ kind: string; url: string }> = [];
  const add = (kind: string, url: string | null) => url && found.push({ kind, url });
  for (const link of document.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.some((r) => ['stylesheet', 'icon', 'apple-touch-icon', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'manifest'].includes(r))) add(`link ${rel.join(' ')}`, link.getAttribute('href'));
  }
  for (const el of document.querySelectorAll('script[src], img[src], iframe[src], video[src], audio[src], source[src], embed[src], input[src], video[poster]')) {
    add(el.tagName.toLowerCase(), el.getAttribute('src') ?? el.getAttribute('poster'));
  }
  for (const el of document.querySelectorAll('[srcset]')) {
    for (const candidate of el.getAttribute('srcset')!.split(',')) add(`${el.tagName.toLowerCase()} srcset`, candidate.trim().split(/\s+/)[0] ?? null);
  }
  for (const el of document.querySelectorAll('object[data]')) add('object', el.getAttribute('data'));
  return found;
}

/** Whether a URL, read against the page's address, stays on the site's own host. */
const ownHost = (url: string, page: string) => new URL(url, TEST_SITE_URL + page).host === new URL(TEST_SITE_URL).host;

describe('page weight and outside resources', () => {
  let site: TestSite;

  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-11-27T12:00:00.000Z'));
    await site.services.transfer.seedDemo(demoContent);
    // One article with a featured image, next to the longest one, so cards and related
    // thumbnails on the checked pages carry images.
    const bytes = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 90, b: 140 } } }).png().toBuffer();
    const media = await site.services.media.upload({ bytes, filename: 'reservoir.png', alt: 'A reservoir', userId: null });
    await site.services.articles.save(
      buildArticle({ slug: 'pictured', title: 'A pictured article', sectionSlug: longest.section, authorSlugs: longest.authors, tagSlugs: longest.tags, publishedAt: '2026-11-26T10:00:00.000Z' }),
      { editorial: { featuredMediaId: media.id, featuredAlt: 'The reservoir at low water', seoTitle: '', seoDescription: '' } },
    );
  });
  after(() => site?.close());

  test(`the longest demo article's HTML, CSS and JS weigh under ${BUDGET_BYTES / 1024} KB gzipped`, async (t) => {
    const path = pathOf(longest);
    const page = await site.inject(path);
    assert.equal(page.statusCode, 200);
    const { document } = parseHTML(page.body);
    const parts: Array<{ what: string; raw: number; gzip: number }> = [{ what: `HTML ${path}`, raw: Buffer.byteLength(page.body), gzip: gzipSync(page.body).length }];
    const assets = [
      ...[...document.querySelectorAll('link[rel~="stylesheet"][href]')].map((l) => l.getAttribute('href')!),
      ...[...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
    ];
    for (const href of assets) {
      const url = new URL(href, TEST_SITE_URL + path);
      const asset = await site.inject(url.pathname + url.search);
      assert.equal(asset.statusCode, 200, href);
      parts.push({ what: href, raw: asset.rawPayload.length, gzip: gzipSync(asset.rawPayload).length });
    }
    const total = parts.reduce((sum, p) => sum + p.gzip, 0);
    for (const p of parts) t.diagnostic(`weight ${p.what}: ${p.raw} B raw, ${p.gzip} B gzip`);
    t.diagnostic(`weight total: ${total} B gzip (${(total / 1024).toFixed(1)} KB of ${BUDGET_BYTES / 1024} KB)`);
    assert.ok(parts.length >= 2, 'the page loads its stylesheet');
    assert.ok(total < BUDGET_BYTES, `${total} B gzipped is over the budget of ${BUDGET_BYTES} B`);
  });

  test('no page loads anything from another host, and the CSS brings no web font or outside file', async (t) => {
    const paths = ['/', pathOf(longest), sectionPath, `/tag/${demoContent.tags[0]!.slug}`, `/author/${demoContent.authors[0]!.slug}`, '/search?q=water', '/sources', '/corrections'];
    const stylesheets = new Set<string>();
    for (const path of paths) {
      const page = await site.inject(path);
      assert.equal(page.statusCode, 200, path);
      const { document } = parseHTML(page.body);
      const foreign = resourcesOf(document).filter((r) => !ownHost(r.url, path));
      assert.deepEqual(foreign, [], `${path} loads from another host`);
      for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) stylesheets.add(new URL(link.getAttribute('href')!, TEST_SITE_URL + path).pathname);
      for (const style of document.querySelectorAll('style')) assert.doesNotMatch(style.textContent ?? '', /@import|@font-face|url\(\s*['"]?(https?:)?\/\//i, `${path}: inline style`);
    }
    assert.ok(stylesheets.size >= 1);
    for (const href of stylesheets) {
      const css = (await site.inject(href)).body;
      const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)].map((m) => m[2]!).filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
      const imports = [...css.matchAll(/@import\s+(?:url\()?\s*['"]?([^'")\s;]+)/gi)].map((m) => m[1]!);
      t.diagnostic(`${href}: ${css.length} B, url() ${urls.length}, @import ${imports.length}, @font-face ${(css.match(/@font-face/gi) ?? []).length}`);
      assert.deepEqual([...urls, ...imports].filter((u) => !ownHost(u, href)), [], `${href} fetches from another host`);
      assert.doesNotMatch(css, /@font-face/i, `${href} declares a web font (system font stacks only)`);
    }
  });

  test('every image on the home, list and article pages says its width and height', async (t) => {
    const paths = ['/', sectionPath, `/tag/${longest.tags[0] ?? demoContent.tags[0]!.slug}`, `/author/${longest.authors[0]}`, pathOf(longest), '/2026/11/pictured'];
    let images = 0;
    for (const path of paths) {
      const { document } = parseHTML((await site.inject(path)).body);
      const imgs = [...document.querySelectorAll('img')];
      images += imgs.length;
      const unsized = imgs.filter((img) => !/^\d+$/.test(img.getAttribute('width') ?? '') || !/^\d+$/.test(img.getAttribute('height') ?? ''));
      assert.deepEqual(unsized.map((img) => img.outerHTML), [], `${path}: images without width and height`);
    }
    t.diagnostic(`${images} images checked on ${paths.length} pages`);
    assert.ok(images >= paths.length, `the featured image shows on the checked pages (${images} images)`);
  });
});
