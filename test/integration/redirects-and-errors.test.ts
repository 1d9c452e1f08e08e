import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

for (const engine of ENGINES) {
  describe(`redirects and errors (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T00:00:00.000Z'));
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'new-home' }));
      await site.services.structure.addRedirect({ fromPath: '/2014/05/old-slug', toPath: '/2026/01/new-home', statusCode: 301 });
      await site.services.structure.addRedirect({ fromPath: '/?p=12', toPath: '/', statusCode: 301 }).catch(() => undefined);
      await site.services.structure.addRedirect({ fromPath: '/category/water', toPath: '/section/water', statusCode: 301 });
    });
    after(() => site.close());

    test('a redirect answers 301 to the right place', async () => {
      const response = await site.inject('/2014/05/old-slug');
      assert.equal(response.statusCode, 301);
      assert.equal(response.headers.location, '/2026/01/new-home');
      const followed = await site.inject(response.headers.location as string);
      assert.equal(followed.statusCode, 200);
      const category = await site.inject('/category/water?utm=x');
      assert.equal(category.statusCode, 301);
      assert.equal(category.headers.location, '/section/water');
    });

    test('bad redirects are refused with the field named', async () => {
      await assert.rejects(site.services.structure.addRedirect({ fromPath: 'no-slash', toPath: '/', statusCode: 301 }), /fromPath|local path/);
      await assert.rejects(site.services.structure.addRedirect({ fromPath: '/a', toPath: 'javascript:alert(1)', statusCode: 301 }), /not a path/);
      await assert.rejects(site.services.structure.addRedirect({ fromPath: '/2014/05/old-slug', toPath: '/x', statusCode: 301 }), /already redirects/);
    });

    test('unknown addresses get the 404 page with status 404', async () => {
      for (const path of ['/nope', '/2026/01/nope', '/tag/x/y/z', '/section/', '/%E2%82%AC', '/..%2f..%2fetc/passwd', '/assets/site.css']) {
        const { response, document } = await site.page(path);
        if (response.statusCode === 301) continue;
        assert.equal(response.statusCode, 404, path);
        assert.equal(document.querySelector('h1')?.textContent, 'Page not found', path);
        assert.equal(document.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex');
      }
    });

    test('saving bad articles is refused with the field named and nothing written', async () => {
      const { articles, reader } = site.services;
      await assert.rejects(articles.save(buildArticle({ slug: 'Bad Slug' })), (e: Error & { field?: string }) => e.field === 'slug');
      await assert.rejects(articles.save(buildArticle({ slug: 'x1', title: '  ' })), (e: Error & { field?: string }) => e.field === 'title');
      await assert.rejects(articles.save(buildArticle({ slug: 'x2', sectionSlug: 'nope' })), (e: Error & { field?: string }) => e.field === 'section');
      await assert.rejects(articles.save(buildArticle({ slug: 'x3', authorSlugs: ['ada', 'ghost'] })), (e: Error & { field?: string }) => e.field === 'authors');
      await assert.rejects(articles.save(buildArticle({ slug: 'new-home' })), (e: Error & { kind?: string }) => e.kind === 'Conflict');
      await assert.rejects(articles.save(buildArticle({ kind: 'page', slug: 'search', sectionSlug: null })), /reserved/);
      for (const slug of ['x1', 'x2', 'x3']) await assert.rejects(reader.article(slug), /no published article/);
    });

    test('stylesheet and favicon are served with long caching', async () => {
      const { document } = await site.page('/');
      const css = document.querySelector('link[rel="stylesheet"]')?.getAttribute('href');
      assert.match(css ?? '', /^\/assets\/site\.[0-9a-f]{12}\.css$/);
      const response = await site.inject(css!);
      assert.equal(response.statusCode, 200);
      assert.match(response.headers['content-type'] as string, /text\/css/);
      assert.match(response.headers['cache-control'] as string, /immutable/);
      assert.match(response.body, /prefers-color-scheme: dark/);
      assert.equal((await site.inject('/favicon.ico')).statusCode, 200);
    });
  });
}
