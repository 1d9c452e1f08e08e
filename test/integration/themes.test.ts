import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { userWithRole, multipartBody, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';
import { exportStaticSite } from '../../src/export/static/export-static-site.js';
import { openStaticSite, planStaticExport } from '../../src/main.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');

/** A themes folder: the shipped broadsheet theme, and a theme whose article page throws while rendering. */
function themesFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-themes-'));
  symlinkSync(resolve('themes/broadsheet'), join(dir, 'broadsheet'));
  mkdirSync(join(dir, 'broken', 'templates'), { recursive: true });
  writeFileSync(join(dir, 'broken', 'theme.json'), JSON.stringify({ name: 'Broken', description: 'Throws on article pages.' }));
  writeFileSync(join(dir, 'broken', 'theme.css'), '.article { outline: 1px solid red; }\n');
  // The throw is in a component the template renders, not in the template itself: the fallback covers the whole subtree.
  writeFileSync(join(dir, 'broken', 'templates', 'article-page.js'),
    "export default function (props, { h }) { const Boom = () => { throw new Error('boom in the theme'); }; return h('main', null, h(Boom)); }\n");
  writeFileSync(join(dir, 'broken', 'templates', 'sidebar.js'), 'export default () => null;\n');
  return dir;
}

for (const engine of ENGINES) {
  describe(`themes (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;
    let dir: string;
    const reported: string[] = [];

    before(async () => {
      dir = themesFolder();
      site = await createTestSite(engine, clock, { themesDir: dir });
      site.site.themes.reportError = (theme, slot, error) => void reported.push(`${theme}/${slot}: ${(error as Error).message}`);
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'sand-filters', title: 'Sand filters', sectionSlug: 'filters', authorSlugs: ['ada', 'ben'] }));
      await site.services.articles.save(buildArticle({ slug: 'clocks', title: 'Clocks', sectionSlug: 'time' }));
      admin = await userWithRole(site, 'administrator');
    });
    after(async () => {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const save = (fields: Record<string, string>) => admin.post('/admin/appearance', { logoUrl: '', accentColor: '', footerText: '', customCss: '', ...fields });

    test('a template file with an unknown name is reported with the names expected; the theme still loads', () => {
      const problems = site.site.themes.problems;
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0]!, /broken\/templates\/sidebar\.js: not a template name; expected one of article-page\.js, .*site-footer\.js/);
      assert.deepEqual(site.site.themes.list.map((t) => t.name), ['default', 'broadsheet', 'broken']);
    });

    test('the Appearance screen lists the installed themes; an unknown one is refused naming the field', async () => {
      const form = await admin.get('/admin/appearance');
      assert.match(form.body, /<select[^>]*name="theme"/);
      assert.match(form.body, /<option[^>]*value="broadsheet"[^>]*>Broadsheet — Newspaper look/);
      const refused = await save({ theme: 'nonesuch' });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /Theme: &quot;nonesuch&quot; is not installed; choose one of default, broadsheet, broken\./);
      assert.equal((await site.services.settings.get()).theme, 'default');
    });

    test('choosing broadsheet purges cached pages: header, cards and stylesheet change on every page', async () => {
      const before = await site.page('/2026/01/sand-filters');
      assert.equal(before.document.querySelector('.broadsheet-masthead'), null);
      assert.equal((await site.page('/')).document.querySelector('.broadsheet-columns'), null);
      assert.equal((await save({ theme: 'broadsheet' })).statusCode, 303);

      const article = await site.page('/2026/01/sand-filters');
      assert.equal(article.response.statusCode, 200);
      assert.ok(article.document.querySelector('header.broadsheet-masthead .broadsheet-title'), 'the theme header');
      assert.equal(article.document.querySelector('.broadsheet-front')?.textContent, 'Front page');
      assert.equal(article.document.querySelector('article.article h1')?.textContent, 'Sand filters', 'the default article template');
      const sheets = [...article.document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')!);
      assert.equal(sheets.length, 2);
      assert.match(sheets[1]!, /^\/theme\/broadsheet\.[0-9a-f]{12}\.css$/);
      const css = await site.inject(sheets[1]!);
      assert.equal(css.statusCode, 200);
      assert.match(String(css.headers['cache-control']), /immutable/);
      assert.match(css.body, /--font-body: Georgia/);

      const home = await site.page('/');
      assert.ok(home.document.querySelector('ul.broadsheet-columns li.broadsheet-lead .broadsheet-kicker'));
      const section = await site.page('/section/time');
      assert.ok(section.document.querySelector('.broadsheet-columns'));
    });

    test('a static copy renders with the chosen theme and carries its stylesheet', async () => {
      assert.equal((await save({ theme: 'broadsheet' })).statusCode, 303);
      const out = mkdtempSync(join(tmpdir(), 'dossier-static-theme-'));
      const copy = await openStaticSite(site.database.target, { themesDir: dir }, TEST_SITE_URL, out, clock);
      try {
        const plan = await planStaticExport(copy.site);
        await exportStaticSite({ dir: out, paths: plan.paths, made: plan.made, renderers: [copy.renderer], incremental: false, siteUrl: TEST_SITE_URL, now: clock });
        const home = readFileSync(join(out, 'index.html'), 'utf8');
        assert.match(home, /broadsheet-masthead/);
        const href = /href="\/theme\/(broadsheet\.[0-9a-f]{12}\.css)"/.exec(home)?.[1];
        assert.ok(href, 'the home page links the theme stylesheet');
        assert.ok(readdirSync(join(out, 'theme')).includes(href), `theme/${href} is in the copy`);
        assert.match(readFileSync(join(out, 'theme', href), 'utf8'), /--font-body/);
      } finally {
        await copy.close();
        rmSync(out, { recursive: true, force: true });
      }
    });

    test('a template that throws falls back to the default, logs the error, and the page still answers 200', async () => {
      assert.equal((await save({ theme: 'broken' })).statusCode, 303);
      reported.length = 0;
      const { response, document } = await site.page('/2026/01/sand-filters');
      assert.equal(response.statusCode, 200);
      assert.equal(document.querySelector('article.article h1')?.textContent, 'Sand filters');
      assert.equal(document.querySelectorAll('main').length, 1, 'nothing of the failed template is left in the page');
      assert.deepEqual(reported, ['broken/article-page: boom in the theme']);
      assert.ok([...document.querySelectorAll('link[rel=stylesheet]')].some((l) => /^\/theme\/broken\./.test(l.getAttribute('href')!)));
      // Back to the built-in theme: no theme stylesheet at all.
      assert.equal((await save({ theme: 'default' })).statusCode, 303);
      const plain = await site.page('/2026/01/sand-filters');
      assert.equal(plain.document.querySelectorAll('link[rel=stylesheet]').length, 1);
    });

    test('a logo from the media library is drawn at its own proportions (no layout shift)', async () => {
      const png = await sharp({ create: { width: 600, height: 200, channels: 3, background: { r: 20, g: 40, b: 90 } } }).png().toBuffer();
      const body = multipartBody({ _csrf: admin.csrf, alt: 'Logo' }, { field: 'file', filename: 'logo.png', type: 'image/png', bytes: png });
      const uploaded = await site.inject({ method: 'POST', url: '/admin/media', headers: { cookie: admin.cookie, 'content-type': body.contentType }, payload: body.payload });
      assert.ok(uploaded.statusCode < 400, uploaded.body);
      const [media] = await site.services.media.list();
      assert.equal((await save({ theme: 'default', logoUrl: `/media/${media!.storedName}` })).statusCode, 303);
      const settings = await site.services.settings.get();
      assert.deepEqual([settings.logoWidth, settings.logoHeight], [600, 200]);
      const logo = (await site.page('/')).document.querySelector('img.site-logo')!;
      assert.deepEqual([logo.getAttribute('width'), logo.getAttribute('height')], ['120', '40']);
      assert.equal((await save({ theme: 'default', logoUrl: '' })).statusCode, 303);
    });
  });
}
