import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { demoContent } from '../../src/demo/content.js';
import { exportStaticSite, type StaticExportSummary } from '../../src/export/static/export-static-site.js';
import { MANIFEST_FILE } from '../../src/export/static/manifest.js';
import { fileOf } from '../../src/export/static/static-files.js';
import { openStaticSite, planStaticExport, type StaticSite } from '../../src/main.js';
import { matchArticles, type SearchEntry } from '../../src/views/scripts/static-search.js';
import { postComment } from '../support/comments.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite, TEST_SITE_URL, type TestSite } from '../support/site.js';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const clock = () => NOW;

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Whether an address of the site resolves to a file of the export (as a static host serves it). */
function resolves(dir: string, href: string): boolean {
  const path = decodeURI(href.replace(TEST_SITE_URL, '').split('#')[0]!.split('?')[0]!);
  const rel = path.replace(/^\/+/, '').replace(/\/+$/, '');
  return (rel !== '' && existsSync(join(dir, rel)) && statSync(join(dir, rel)).isFile()) || existsSync(join(dir, rel, 'index.html'));
}

/**
 * The comments section differs on purpose: every comment, no form. So does the oEmbed
 * discovery link: a static copy has no /oembed to answer it.
 */
const withoutComments = (html: string): string =>
  html.replace(/<section class="comments"[\s\S]*?<p class="comments-feed">/, '').replace(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/, '');

for (const engine of ENGINES) {
  describe(`static export of the demo site (${engine})`, () => {
    let site: TestSite;
    let copy: StaticSite;
    let dir: string;
    let mediaDir: string;
    let first: StaticExportSummary;
    let commented: (typeof demoContent.articles)[number];
    let commentedPath: string;

    const exportOnce = async (incremental: boolean) => {
      const plan = await planStaticExport(copy.site);
      return exportStaticSite({ dir, paths: plan.paths, made: plan.made, renderers: [copy.renderer], incremental, siteUrl: TEST_SITE_URL, now: clock });
    };

    before(async () => {
      // The copy reads the demo's pictures from the site's media folder.
      mediaDir = mkdtempSync(join(tmpdir(), 'dossier-static-media-'));
      site = await createTestSite(engine, clock, { pageCache: false, mediaDir });
      await site.services.transfer.seedDemo(demoContent);
      await site.services.structure.addRedirect({ fromPath: '/old-water', toPath: '/section/water', statusCode: 301 });
      // As a WordPress import keeps "/?p=ID" addresses.
      await site.site.store.transaction((repos) => repos.redirects.insert({ fromPath: '/?p=12', toPath: '/about', statusCode: 301 }, NOW.toISOString()));
      await site.services.comments.updateSettings({ commentModeration: 'none', commentMinFillSeconds: 0, commentRateLimitPerMinute: 100 });
      // Branding adds a stylesheet every page links, which the copy must hold too.
      await site.services.settings.update({ accentColor: '#7a1f3d' });
      const home = await site.page('/');
      commentedPath = home.document.querySelector('.cards .card-title a')!.getAttribute('href')!;
      commented = demoContent.articles.find((a) => commentedPath.endsWith(`/${a.slug}`))!;
      const posted = await postComment(site, commentedPath, { comment: 'Which reservoir held the records?' });
      assert.equal(posted.statusCode, 303);
      dir = mkdtempSync(join(tmpdir(), 'dossier-static-'));
      copy = await openStaticSite(site.database.target, { mediaDir }, TEST_SITE_URL, dir, clock);
      first = await exportOnce(false);
    });
    after(async () => {
      await copy.close();
      await site.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(mediaDir, { recursive: true, force: true });
    });

    test('every public address of the live site is a file of the export', async () => {
      const live = new Set<string>(['/', '/robots.txt', '/sitemap.xml', '/feed.xml', '/feed.atom', '/feed.json', '/comments/feed.xml', '/search']);
      const index = await site.inject('/sitemap.xml');
      for (const sitemap of [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)) {
        const path = sitemap.replace(TEST_SITE_URL, '');
        live.add(path);
        const body = (await site.inject(path)).body;
        for (const [, loc] of body.matchAll(/<loc>([^<]+)<\/loc>/g)) live.add(loc!.replace(TEST_SITE_URL, ''));
      }
      // Each list's later pages and feeds, as its pages link them.
      for (const path of [...live]) {
        let next: string | null = path;
        while (next && !/\.\w+$/.test(next)) {
          const { document } = await site.page(next);
          for (const link of document.querySelectorAll('link[rel="alternate"]:not([type="application/json+oembed"])')) live.add(link.getAttribute('href')!.replace(TEST_SITE_URL, ''));
          next = document.querySelector('link[rel="next"]')?.getAttribute('href') ?? null;
          if (next) live.add(next);
        }
      }
      assert.ok(live.has('/page/2'), 'the home page has a second page');
      assert.ok(live.size > 60, `${live.size} live addresses`);
      for (const path of live) {
        const response = await site.inject(path);
        assert.equal(response.statusCode, 200, path);
        const file = fileOf(path, String(response.headers['content-type']));
        assert.ok(existsSync(join(dir, file)), `${path} → ${file}`);
      }
      assert.equal(first.files, filesUnder(dir).filter((f) => f !== MANIFEST_FILE).length);
    });

    test('the corrections log, its feed and the Sources page are in the export', () => {
      assert.match(readFileSync(join(dir, 'corrections/index.html'), 'utf8'), /<h1>Corrections<\/h1>/);
      assert.match(readFileSync(join(dir, 'corrections/feed.xml'), 'utf8'), /<rss/);
      assert.ok(existsSync(join(dir, 'sources/index.html')));
    });

    test('every internal link and source in every exported page resolves to a file of the export', () => {
      let checked = 0;
      for (const file of filesUnder(dir).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(join(dir, file), 'utf8');
        for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
          const href = raw!.replace(/&amp;/g, '&');
          if (!(href.startsWith('/') && !href.startsWith('//')) && !href.startsWith(`${TEST_SITE_URL}/`)) continue;
          assert.ok(resolves(dir, href), `${file} links to ${href}, which is not in the export`);
          checked++;
        }
      }
      assert.ok(checked > 500, `${checked} links checked`);
    });

    test('every og:image and twitter:image of every exported page is a file of the export; generated cards are PNGs', () => {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const kinds = new Map<string, number>();
      for (const file of filesUnder(dir).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(join(dir, file), 'utf8');
        const images = [...html.matchAll(/<meta (?:property="og:image"|name="twitter:image") content="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
        assert.equal(images.length, 2, `${file} names its share image for both`);
        for (const image of images) {
          assert.ok(image.startsWith(`${TEST_SITE_URL}/`) && resolves(dir, image), `${file}: ${image} is in the export`);
          const path = decodeURI(new URL(image).pathname);
          const bytes = readFileSync(join(dir, path));
          const kind = bytes.subarray(0, 8).equals(png) ? 'png' : bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) ? 'jpeg'
            : bytes.subarray(8, 12).toString('latin1') === 'WEBP' ? 'webp' : 'other';
          if (path.startsWith('/_card/')) assert.equal(kind, 'png', `${image} is a PNG`);
          else assert.notEqual(kind, 'other', `${image} is an image`);
          kinds.set(path.split('/')[1]!, (kinds.get(path.split('/')[1]!) ?? 0) + 1);
        }
      }
      assert.ok((kinds.get('_card') ?? 0) > 10, `generated cards checked: ${JSON.stringify(Object.fromEntries(kinds))}`);
    });

    test('pages, feeds and sitemaps are byte for byte what the live site answers; articles differ by their comment form only', async () => {
      for (const path of ['/', '/page/2', '/section/water', '/tag/infrastructure', '/about', '/feed.xml', '/feed.json', '/sitemap.xml', '/sitemaps/articles-1.xml', '/robots.txt', '/_card/site.png']) {
        const live = await site.inject(path);
        const file = readFileSync(join(dir, fileOf(path, String(live.headers['content-type']))));
        assert.ok(live.rawPayload.equals(file), `${path} is the live answer`);
      }
      const live = (await site.inject(commentedPath)).body;
      const exported = readFileSync(join(dir, fileOf(commentedPath, 'text/html')), 'utf8');
      const [a, b] = [withoutComments(exported), withoutComments(live)];
      const at = [...a].findIndex((c, i) => c !== b[i]);
      assert.equal(a, b, `first difference at ${at}: ${a.slice(at - 80, at + 80)} / ${b.slice(at - 80, at + 80)}`);
      assert.match(live, /name="t"/, 'the live page has a form token');
      assert.match(live, /type="application\/json\+oembed"/, 'the live page links its oEmbed answer');
      assert.doesNotMatch(exported, /json\+oembed/, 'the static copy links no oEmbed answer it cannot give');
      assert.doesNotMatch(exported, /<form[^>]*comment-form|name="t"/, 'no form and no token in the static copy');
      assert.match(exported, /Which reservoir held the records\?/, 'existing comments are shown');
      assert.match(exported, /Comments are not taken on this copy of the site\./);
      assert.doesNotMatch(exported, /replyto=/, 'no reply links');
    });

    test('pages rendered from the services (lists, article comment feeds and reference files, articles) are the live answers, each list page and every article', async () => {
      const plan = await planStaticExport(copy.site);
      const direct = plan.paths.filter((p) => p.page);
      const kinds = new Set(direct.map((p) => p.page!.kind === 'list' ? `list:${p.page!.scope}` : p.page!.kind));
      assert.deepEqual([...kinds].sort(), ['article', 'article-comments', 'article-references', 'list:author', 'list:home', 'list:section', 'list:tag']);
      assert.ok(direct.some((p) => p.page!.kind === 'list' && p.page!.page > 1), 'a later page of a list is among them');
      for (const { path, page } of direct) {
        const live = await site.inject(path);
        assert.equal(live.statusCode, 200, path);
        const file = readFileSync(join(dir, fileOf(path, String(live.headers['content-type']))));
        if (page!.kind === 'article') assert.equal(withoutComments(file.toString('utf8')), withoutComments(live.body), path);
        else assert.ok(live.rawPayload.equals(file), `${path} is the live answer`);
      }
    });

    test('redirects are written for Netlify / Cloudflare Pages and nginx', () => {
      const netlify = readFileSync(join(dir, '_redirects'), 'utf8');
      assert.match(netlify, /^\/old-water \/section\/water 301$/m);
      assert.match(netlify, /^\/ p=12 \/about 301$/m);
      const nginx = readFileSync(join(dir, 'nginx-redirects.conf'), 'utf8');
      assert.match(nginx, /^location = "\/old-water" \{ return 301 "\/section\/water"; \}$/m);
      assert.match(nginx, /if \(\$request_uri = "\/\?p=12"\) \{ return 301 "\/about"; \}/);
    });

    test('the search index holds published articles, not drafts, and the page script finds one by a word of its title', () => {
      const index = JSON.parse(readFileSync(join(dir, 'search', 'index.json'), 'utf8')) as { articles: SearchEntry[] };
      const published = demoContent.articles.filter((a) => (a.status ?? 'published') === 'published' && (!a.publishedAt || a.publishedAt <= NOW.toISOString()));
      const titles = index.articles.map((a) => a[0]);
      for (const article of demoContent.articles) {
        assert.equal(titles.includes(article.title), published.includes(article), article.title);
      }
      const found = matchArticles(index.articles, 'stillwater');
      assert.ok(found.some(([title]) => /Stillwater Reservoir/.test(title)), 'found by a word of its title');
      assert.ok(matchArticles(index.articles, 'reserv').length > 0, 'a word matches by its start');
      assert.equal(matchArticles(index.articles, 'zzzqqq').length, 0);
      const page = readFileSync(join(dir, 'search', 'index.html'), 'utf8');
      assert.match(page, /<div id="search-results" data-index="\/search\/index.json"><\/div><script type="module" src="\/assets\/static-search\.[0-9a-f]+\.js"><\/script>/);
    });

    test('--incremental rewrites what an edit changed, leaves the rest, and removes unpublished pages', async () => {
      const old = new Date('2001-01-01T00:00:00.000Z');
      for (const file of filesUnder(dir)) utimesSync(join(dir, file), old, old);
      const rewritten = () => filesUnder(dir).filter((file) => statSync(join(dir, file)).mtimeMs !== old.getTime());
      const again = await exportOnce(true);
      assert.equal(again.written, 0, 'nothing changed, nothing written');
      assert.deepEqual(rewritten(), [MANIFEST_FILE]);

      const editedPath = commentedPath;
      // An article whose page shows nothing of the edited one (not in its related list).
      const other = demoContent.articles.find((a) => a.slug !== commented.slug && (a.status ?? 'published') === 'published' && a.section !== commented.section
        && filesUnder(dir).some((f) => f.includes(a.slug) && f.endsWith('index.html') && !readFileSync(join(dir, f), 'utf8').includes(commentedPath)))!;
      const page = await site.services.reader.article(commented.slug);
      await site.services.articles.save({
        title: `${page.article.title} (revised)`, slug: page.article.slug, dek: page.article.dek, body: page.article.bodyMarkdown,
        status: 'published', publishedAt: page.article.publishedAt, sectionSlug: page.ancestry.at(-1)?.slug ?? null,
        authorSlugs: page.authors.map((a) => a.slug), tagSlugs: page.tags.map((t) => t.slug),
      }, { id: page.article.id });
      const edited = await exportOnce(true);
      const files = rewritten();
      assert.ok(files.includes(fileOf(editedPath, 'text/html')), 'the edited article is rewritten');
      assert.ok(files.includes('index.html'), 'the home page that lists it is rewritten');
      assert.ok(files.includes(join('search', 'index.json')), 'the search index is rewritten');
      assert.ok(!files.some((f) => f.includes(other.slug)), `${other.slug} is left alone`);
      assert.ok(edited.written < edited.files / 2, `${edited.written} of ${edited.files} written`);

      const { id } = (await site.services.reader.article(other.slug)).article;
      const otherFile = filesUnder(dir).find((f) => f.includes(other.slug) && f.endsWith('index.html'))!;
      await site.services.articles.unpublish(id);
      const unpublished = await exportOnce(true);
      assert.ok(unpublished.removed >= 2, 'its page and its comment feed are removed');
      assert.ok(!existsSync(join(dir, otherFile)), `${otherFile} is gone`);
    });
  });
}
