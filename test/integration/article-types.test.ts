import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';

const doc = (html: string) => parseHTML(html).document;
/** The article's JSON-LD (the script tags parsed), without the breadcrumb list. */
const articleLd = (html: string) =>
  [...doc(html).querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>).find((x) => x['@type'] !== 'BreadcrumbList')!;

for (const engine of ENGINES) {
  describe(`article types, policy links and the Save Page Now settings (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;
    let editor: AdminSession;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      await seedStructure(site.services);
      admin = await userWithRole(site, 'administrator');
      editor = await userWithRole(site, 'editor');
    });
    after(() => site.close());

    const settingsForm = async () => {
      const s = await site.services.settings.get();
      return { title: s.title, description: s.description, language: s.language, timeZone: s.timeZone, postsPerPage: String(s.postsPerPage), permalinkPattern: s.permalinkPattern, citationStyle: s.citationStyle };
    };

    test('the admin settings form keeps policy links and capture settings; a bad link is refused naming the field', async () => {
      const base = await settingsForm();
      const bad = await admin.post('/admin/settings', { ...base, correctionsPolicyUrl: 'javascript:alert(1)', captureSecret: 'typed-secret' });
      assert.equal(bad.statusCode, 400);
      assert.ok(!bad.body.includes('typed-secret'), 'a form sent back never shows the secret');
      assert.match(doc(bad.body).querySelector('#field-correctionsPolicyUrl-error')?.textContent ?? bad.body, /http\(s\) address or a path/);
      const saved = await admin.post('/admin/settings', {
        ...base, publishingPrinciplesUrl: '/about/standards', correctionsPolicyUrl: 'https://policies.example.org/corrections', ownershipFundingUrl: '/about/funding',
        captureApiUrl: 'https://web.archive.org', captureAccessKey: 'abc123', captureSecret: 'hush', captureFreshDays: '14',
      });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 400));
      const s = await site.services.settings.get();
      assert.deepEqual([s.publishingPrinciplesUrl, s.correctionsPolicyUrl, s.ownershipFundingUrl], ['/about/standards', 'https://policies.example.org/corrections', '/about/funding']);
      assert.deepEqual([s.captureAccessKey, s.captureSecret, s.captureFreshDays], ['abc123', 'hush', 14]);
      const page = doc((await admin.get('/admin/settings')).body);
      assert.equal(page.querySelector('#field-publishingPrinciplesUrl')?.getAttribute('value'), '/about/standards');
      assert.equal(page.querySelector('#field-captureAccessKey')?.getAttribute('value'), 'abc123');
      assert.ok(!(await admin.get('/admin/settings')).body.includes('hush'), 'the secret is never shown');
      const again = await admin.post('/admin/settings', { ...base, captureAccessKey: 'abc123', captureSecret: '', captureFreshDays: '14' });
      assert.equal(again.statusCode, 303);
      assert.equal((await site.services.settings.get()).captureSecret, 'hush', 'an empty secret keeps the stored one');
      const off = await admin.post('/admin/settings', { ...base, captureAccessKey: '', captureSecret: '' });
      assert.equal(off.statusCode, 303);
      assert.deepEqual([(await site.services.settings.get()).captureAccessKey, (await site.services.settings.get()).captureSecret], ['', ''], 'clearing the key turns capture off');
    });

    test('the type is chosen in the editor, kept, labelled on the page and typed in JSON-LD with the publisher’s policies', async () => {
      const created = await editor.post('/admin/articles', { title: 'Why the levy is wrong', body: 'An argument.', section: 'water', author1: 'ada', articleType: 'opinion', action: 'publish' });
      assert.equal(created.statusCode, 303, created.body.slice(0, 400));
      const form = doc((await editor.get(String(created.headers.location))).body);
      assert.equal(form.querySelector('#field-articleType option[selected]')?.getAttribute('value'), 'opinion');
      const html = (await site.inject('/2026/06/why-the-levy-is-wrong')).body;
      assert.equal(doc(html).querySelector('.article-header .article-type')?.textContent, 'Opinion');
      const ld = articleLd(html);
      assert.equal(ld['@type'], 'OpinionNewsArticle');
      assert.deepEqual(ld['publisher'], {
        '@type': 'Organization', name: 'Dossier', logo: { '@type': 'ImageObject', url: `${TEST_SITE_URL}/favicon.ico` },
        publishingPrinciples: `${TEST_SITE_URL}/about/standards`,
        correctionsPolicy: 'https://policies.example.org/corrections',
        ownershipFundingInfo: `${TEST_SITE_URL}/about/funding`,
      });
      const bad = await editor.post('/admin/articles', { title: 'Odd', body: 'x', section: 'water', author1: 'ada', articleType: 'satire' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Choose an article type from the list/);
    });

    test('each type maps to its schema.org type; no type stays a NewsArticle without a label', async () => {
      const expected = {
        news: { type: 'ReportageNewsArticle', label: 'News' },
        analysis: { type: 'AnalysisNewsArticle', label: 'Analysis' },
        explainer: { type: 'BackgroundNewsArticle', label: 'Explainer' },
        'fact-check': { type: 'NewsArticle', label: 'Fact check', genre: 'fact-check' },
        '': { type: 'NewsArticle', label: undefined },
      } as const;
      for (const [type, want] of Object.entries(expected)) {
        const slug = `typed-${type || 'none'}`;
        await site.services.articles.save(buildArticle({ slug, publishedAt: '2026-05-01T10:00:00.000Z' }), {
          editorial: { featuredMediaId: null, featuredAlt: '', seoTitle: '', seoDescription: '', articleType: type },
        });
        const html = (await site.inject(`/2026/05/${slug}`)).body;
        const ld = articleLd(html);
        assert.equal(ld['@type'], want.type, type);
        assert.equal(ld['genre'], 'genre' in want ? want.genre : undefined, type);
        assert.equal(doc(html).querySelector('.article-type')?.textContent, want.label, type);
      }
    });

    test('the JSON export carries each article type, the import brings it back, and the capture secret is never exported', async () => {
      await site.services.settings.update({ captureAccessKey: 'abc', captureSecret: 'never-exported' });
      const exported = await site.services.transfer.exports.json();
      const bySlug = new Map(exported.articles.map((a) => [a.slug, a]));
      assert.equal(bySlug.get('why-the-levy-is-wrong')?.articleType, 'opinion');
      assert.equal(bySlug.get('typed-fact-check')?.articleType, 'fact-check');
      assert.equal(bySlug.get('typed-none')?.articleType, null);
      assert.ok(!JSON.stringify(exported).includes('never-exported'));
      const target = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      try {
        await target.services.transfer.imports.json({ file: 'site.json', json: JSON.stringify(exported) });
        const html = (await target.inject('/2026/05/typed-analysis')).body;
        assert.equal(articleLd(html)['@type'], 'AnalysisNewsArticle');
        assert.equal(doc(html).querySelector('.article-type')?.textContent, 'Analysis');
      } finally {
        await target.close();
      }
    });

    test('the Content API gives each post its article_type', async () => {
      const key = await site.services.contentApi.keys.add('types test');
      const read = async (slug: string) => ((await site.inject(`/ghost/api/content/posts/slug/${slug}/?key=${key.secret}`)).json() as { posts: Array<Record<string, unknown>> }).posts[0]!;
      assert.equal((await read('why-the-levy-is-wrong'))['article_type'], 'opinion');
      assert.equal((await read('typed-none'))['article_type'], null);
    });

    test('/corrections links the corrections policy', async () => {
      await site.services.settings.update({ correctionsPolicyUrl: '/about/corrections' });
      const link = doc((await site.inject('/corrections')).body).querySelector('.corrections-policy a');
      assert.equal(link?.getAttribute('href'), '/about/corrections');
      await site.services.settings.update({ correctionsPolicyUrl: '' });
      assert.equal(doc((await site.inject('/corrections')).body).querySelector('.corrections-policy'), null);
    });
  });
}
