import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { exportStaticSite, type StaticExportSummary } from '../../src/export/static/export-static-site.js';
import { MANIFEST_FILE } from '../../src/export/static/manifest.js';
import { fileOf } from '../../src/export/static/static-files.js';
import { openStaticSite, planStaticExport, type StaticSite } from '../../src/main.js';
import type { SearchEntry } from '../../src/views/scripts/static-search.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const clock = () => NOW;
const system = { kind: 'system' } as const;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** The path of a site address, without host, query or fragment (what a static host looks up). */
const pathOf = (href: string): string => decodeURI(href.replace(TEST_SITE_URL, '').split('#')[0]!.split('?')[0]!);

/** The file of the export a static host answers an address with, or null. */
function fileFor(dir: string, href: string): string | null {
  const rel = pathOf(href).replace(/^\/+/, '').replace(/\/+$/, '');
  if (rel !== '' && existsSync(join(dir, rel)) && statSync(join(dir, rel)).isFile()) return join(dir, rel);
  return existsSync(join(dir, rel, 'index.html')) ? join(dir, rel, 'index.html') : null;
}

/** Internal addresses an HTML page names: links, sources, and its share image. */
function addressesIn(html: string): string[] {
  const found = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g), ...html.matchAll(/<meta (?:property|name)="(?:og|twitter):image" content="([^"]+)"/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'));
  return found.filter((href) => (href.startsWith('/') && !href.startsWith('//')) || href.startsWith(`${TEST_SITE_URL}/`));
}

/** As in static-export.test.ts: an article's comments section and oEmbed link differ on purpose. */
const withoutComments = (html: string): string =>
  html.replace(/<section class="comments"[\s\S]*?<p class="comments-feed">/, '').replace(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/, '');

for (const engine of ENGINES) {
  describe(`static export of a site in English, French and Arabic (${engine})`, () => {
    let site: TestSite;
    let copy: StaticSite;
    let dir: string;
    let first: StaticExportSummary;
    let frId = 0;

    const exportOnce = async (incremental: boolean) => {
      const plan = await planStaticExport(copy.site);
      return exportStaticSite({ dir, paths: plan.paths, made: plan.made, renderers: [copy.renderer], incremental, siteUrl: TEST_SITE_URL, now: clock });
    };

    before(async () => {
      site = await createTestSite(engine, clock, { pageCache: false });
      await seedStructure(site.services);
      // Two to a page, so /fr/ has a second page.
      await site.services.settings.update({ language: 'en', languages: ['fr', 'ar'], languagePrefixes: true, postsPerPage: 2 });
      // French names for a section and a tag, and a French bio: their /fr/ pages live at the translated addresses.
      const { repos } = site.site.store;
      const idOf = <T extends { id: number; slug: string }>(all: T[], slug: string) => all.find((x) => x.slug === slug)!.id;
      await site.services.structure.saveTranslations('section', idOf(await repos.sections.all(), 'time'), [{ language: 'fr', name: 'Temps', slug: 'temps' }]);
      await site.services.structure.saveTranslations('tag', idOf(await repos.tags.all(), 'clocks'), [{ language: 'fr', name: 'Horloges', slug: 'horloges' }]);
      await site.services.structure.saveTranslations('author', idOf(await repos.authors.all(), 'ada'), [{ language: 'fr', bio: 'Ada écrit sur l’eau.' }]);
      const save = (o: Parameters<typeof buildArticle>[0]) => site.services.articles.save(buildArticle(o));
      const reservoirs = (await save({ slug: 'reservoirs', title: 'Reservoirs', tagSlugs: ['pipes'], publishedAt: '2026-03-02T08:00:00.000Z' })).id;
      await save({ slug: 'clocks', title: 'Clocks', sectionSlug: 'time', tagSlugs: ['clocks'], authorSlugs: ['ben'], publishedAt: '2026-03-05T08:00:00.000Z' });
      frId = (await save({ slug: 'reservoirs-fr', title: 'Les réservoirs', language: 'fr', tagSlugs: ['pipes'], publishedAt: '2026-03-03T08:00:00.000Z' })).id;
      await save({ slug: 'pluie', title: 'La pluie', language: 'fr', publishedAt: '2026-03-04T08:00:00.000Z' });
      await save({ slug: 'horloges', title: 'Les horloges', language: 'fr', sectionSlug: 'time', publishedAt: '2026-03-06T08:00:00.000Z' });
      await save({ slug: 'khazzan', title: 'خزّانات المياه', language: 'ar', tagSlugs: ['pipes'], publishedAt: '2026-03-07T08:00:00.000Z', body: 'زار أحمد المستشفى.[^a]\n\n[^a]: مصدر أول، ص ١.\n' });
      await save({ slug: 'matar', title: 'المطر', language: 'ar', sectionSlug: 'time', publishedAt: '2026-03-08T08:00:00.000Z' });
      await site.services.articles.linkTranslation(system, { articleId: reservoirs, otherSlug: 'reservoirs-fr' });
      await site.services.articles.linkTranslation(system, { articleId: reservoirs, otherSlug: 'khazzan' });
      dir = mkdtempSync(join(tmpdir(), 'dossier-static-lang-'));
      copy = await openStaticSite(site.database.target, {}, TEST_SITE_URL, dir, clock);
      first = await exportOnce(false);
    });
    after(async () => {
      await copy.close();
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('every address reachable on the live site from /, /fr/ and /ar/ is in the export, byte for byte the live answer', async () => {
      const seen = new Set<string>();
      const queue = ['/', '/fr/', '/ar/', '/fr/feed.xml', '/ar/feed.atom', '/ar/feed.json', '/sitemap.xml'];
      let compared = 0;
      while (queue.length > 0) {
        const path = queue.shift()!;
        if (seen.has(path) || path.startsWith('/admin') || path.startsWith('/oembed')) continue;
        seen.add(path);
        const live = await site.inject(path);
        assert.equal(live.statusCode, 200, `${path} answers on the live site`);
        const type = String(live.headers['content-type']);
        const file = join(dir, fileOf(path, type));
        assert.ok(existsSync(file), `${path} → ${fileOf(path, type)} is in the export`);
        const exported = readFileSync(file);
        if (/^text\/html/.test(type)) {
          for (const href of addressesIn(live.body)) queue.push(pathOf(href));
          // The search page of a copy searches its index instead of the database.
          if (/^\/(\w+\/)?search$/.test(path)) continue;
          assert.equal(withoutComments(exported.toString('utf8')), withoutComments(live.body), path);
        } else {
          if (/xml/.test(type)) for (const [, loc] of live.body.matchAll(/<loc>([^<]+)<\/loc>/g)) queue.push(pathOf(loc!));
          if (/xml/.test(type)) for (const [, href] of live.body.matchAll(/<xhtml:link [^>]*href="([^"]+)"/g)) queue.push(pathOf(href!));
          assert.ok(live.rawPayload.equals(exported), `${path} is the live answer`);
        }
        compared++;
      }
      for (const path of ['/fr/page/2', '/fr/section/water', '/ar/section/time', '/fr/tag/pipes', '/ar/tag/pipes', '/fr/2026/03/reservoirs-fr', '/ar/2026/03/khazzan',
        '/fr/section/temps', '/fr/tag/horloges', '/fr/author/ada']) {
        assert.ok(seen.has(path), `${path} is linked on the live site`);
      }
      assert.ok(compared > 60, `${compared} addresses compared`);
      assert.equal(first.files, filesUnder(dir).filter((f) => f !== MANIFEST_FILE).length);
    });

    test('every link, source, hreflang alternate and share image of every exported page resolves to a file; share cards are PNGs', () => {
      let checked = 0;
      let cards = 0;
      for (const file of filesUnder(dir).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(join(dir, file), 'utf8');
        for (const href of addressesIn(html)) {
          const target = fileFor(dir, href);
          assert.ok(target, `${file} links to ${href}, which is not in the export`);
          checked++;
        }
        for (const [, image] of html.matchAll(/<meta (?:property="og:image"|name="twitter:image") content="([^"]+)"/g)) {
          const bytes = readFileSync(fileFor(dir, image!)!);
          assert.ok(bytes.subarray(0, 8).equals(PNG), `${file}: ${image} is a PNG`);
          cards++;
        }
      }
      assert.ok(checked > 500, `${checked} links checked`);
      assert.ok(cards >= 2 * 7, `${cards} share images checked`);
      assert.ok(existsSync(join(dir, '_card/articles/khazzan.png')));
      assert.ok(/hreflang="ar" href="http:\/\/dossier.test\/ar\/"/.test(readFileSync(join(dir, 'fr/index.html'), 'utf8')), 'the French home names the Arabic one');
    });

    test('the sitemaps list each language\'s home, sections and tags, each naming the others as hreflang alternates (by language, as article entries do)', () => {
      const entry = (file: string, path: string) => new RegExp(`<url><loc>http://dossier.test${path}</loc>(.*?)</url>`).exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
      const links = (file: string, path: string) => [...entry(file, path).matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]!.replace(TEST_SITE_URL, '')}`);
      for (const path of ['/', '/fr/', '/ar/']) assert.deepEqual(links('sitemaps/pages.xml', path), ['ar /ar/', 'en /', 'fr /fr/', 'x-default /'], path);
      for (const path of ['/section/water', '/fr/section/water', '/ar/section/water']) {
        assert.deepEqual(links('sitemaps/sections.xml', path), ['ar /ar/section/water', 'en /section/water', 'fr /fr/section/water', 'x-default /section/water'], path);
      }
      assert.deepEqual(links('sitemaps/tags.xml', '/ar/tag/pipes'), ['ar /ar/tag/pipes', 'en /tag/pipes', 'fr /fr/tag/pipes', 'x-default /tag/pipes']);
      assert.equal(links('sitemaps/authors.xml', '/author/ada').length, 0, 'an author has one page for every language');
    });

    test('each language has its search page reading its own index, of its own articles', () => {
      const titles = (file: string) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { articles: SearchEntry[] }).articles.map((a) => a[0]).sort();
      assert.deepEqual(titles('fr/search/index.json'), ['La pluie', 'Les horloges', 'Les réservoirs']);
      assert.deepEqual(titles('ar/search/index.json'), ['المطر', 'خزّانات المياه']);
      assert.equal(titles('search/index.json').length, 7, 'the root index holds every language');
      assert.match(readFileSync(join(dir, 'fr/search/index.html'), 'utf8'), /data-index="\/fr\/search\/index.json"/);
      assert.match(readFileSync(join(dir, 'ar/search/index.html'), 'utf8'), /data-index="\/ar\/search\/index.json"/);
    });

    test('--incremental rewrites a changed translation, its card and the French lists, and leaves the Arabic pages alone', async () => {
      const old = new Date('2001-01-01T00:00:00.000Z');
      for (const file of filesUnder(dir)) utimesSync(join(dir, file), old, old);
      const rewritten = () => filesUnder(dir).filter((file) => statSync(join(dir, file)).mtimeMs !== old.getTime()).sort();
      const again = await exportOnce(true);
      assert.deepEqual(rewritten(), [MANIFEST_FILE], `nothing changed, nothing written (${again.written})`);
      const page = await site.services.reader.article('reservoirs-fr');
      const card = readFileSync(join(dir, '_card/articles/reservoirs-fr.png'));
      await site.services.articles.save({
        title: 'Les réservoirs de la ville', slug: 'reservoirs-fr', dek: page.article.dek, body: page.article.bodyMarkdown, language: 'fr',
        status: 'published', publishedAt: page.article.publishedAt, sectionSlug: 'water', authorSlugs: ['ada'], tagSlugs: ['pipes'],
      }, { id: frId });
      const edited = await exportOnce(true);
      const files = rewritten();
      for (const file of ['fr/2026/03/reservoirs-fr/index.html', '_card/articles/reservoirs-fr.png', 'fr/section/water/index.html', 'fr/tag/pipes/index.html', 'fr/search/index.json', 'fr/feed.xml', 'search/index.json']) {
        assert.ok(files.includes(file), `${file} is rewritten`);
      }
      assert.ok(!readFileSync(join(dir, '_card/articles/reservoirs-fr.png')).equals(card), 'the card shows the new title');
      // Only what shows the new title is written again (articles whose related lists show it, lists, feeds, indexes).
      for (const file of files.filter((f) => f !== MANIFEST_FILE && !f.endsWith('.png'))) {
        assert.match(readFileSync(join(dir, file), 'utf8'), /Les réservoirs de la ville/, `${file} shows the change`);
      }
      assert.ok(!files.some((f) => /^ar\/(index\.html|page|section|tag|feed|search)/.test(f)), `no Arabic list is rewritten: ${files.join(', ')}`);
      assert.ok(!files.some((f) => f.startsWith('_card/') && f !== '_card/articles/reservoirs-fr.png'), 'no other card is drawn again');
      assert.ok(edited.written < edited.files / 3, `${edited.written} of ${edited.files} written`);
    });
  });
}
