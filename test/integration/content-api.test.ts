import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import GhostContentAPI from '@tryghost/content-api';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Ghost's own Content API client, unchanged, against a running Dossier over real HTTP:
// if it reads Dossier, the front ends built on it do too.

const clock = () => new Date('2026-06-01T12:00:00.000Z');

type Client = ReturnType<typeof GhostContentAPI>;
const slugs = (items: Array<{ slug: string }>) => items.map((i) => i.slug);

/** The error Ghost's client throws: the answer's status and Ghost-shaped body. */
async function clientError(work: Promise<unknown>): Promise<{ status: number; type: string; message: string; property?: string | null }> {
  try {
    await work;
  } catch (error) {
    const e = error as { response?: { status: number; data: { errors: Array<{ type: string; message: string; property: string | null }> } } };
    assert.ok(e.response, `a failed HTTP answer, not ${String(error)}`);
    const [first] = e.response.data.errors;
    return { status: e.response.status, type: first!.type, message: first!.message, property: first!.property };
  }
  assert.fail('the client call should have failed');
}

for (const engine of ENGINES) {
  describe(`Content API read by Ghost's client (${engine})`, () => {
    let site: TestSite;
    let base: string;
    let api: Client;
    let revokedKey: string;
    let goodKey: string;

    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      const save = (input: Parameters<typeof buildArticle>[0]) => site.services.articles.save(buildArticle(input));
      await save({ slug: 'reservoir-levels', title: 'Reservoir levels', sectionSlug: 'water', tagSlugs: ['pipes'], authorSlugs: ['ada'], sticky: true, publishedAt: '2026-01-10T08:00:00.000Z' });
      await save({ slug: 'filter-beds', title: 'Filter beds', sectionSlug: 'filters', tagSlugs: ['pipes', 'clocks'], authorSlugs: ['ben', 'ada'], publishedAt: '2026-02-10T08:00:00.000Z' });
      await save({ slug: 'town-clock', title: 'The town clock', sectionSlug: 'time', tagSlugs: ['clocks'], authorSlugs: ['ben'], publishedAt: '2026-03-10T08:00:00.000Z' });
      await save({ slug: 'chlorine-notes', title: 'Chlorine notes', sectionSlug: 'treatment', authorSlugs: ['ada'], publishedAt: '2026-04-10T08:00:00.000Z' });
      await save({ slug: 'unfinished-draft', title: 'Unfinished', status: 'draft', publishedAt: null, tagSlugs: ['pipes'] });
      await save({ slug: 'next-month', title: 'Next month', status: 'scheduled', publishedAt: '2026-07-01T08:00:00.000Z', tagSlugs: ['pipes'] });
      await save({ kind: 'page', slug: 'about', title: 'About us', body: 'Who we are.', sectionSlug: null, authorSlugs: [], publishedAt: '2026-01-01T00:00:00.000Z' });
      const key = await site.services.contentApi.keys.add('Ghost client test');
      const revoked = await site.services.contentApi.keys.add('Old front end');
      await site.services.contentApi.keys.revoke(revoked.id);
      revokedKey = revoked.secret;
      goodKey = key.secret;
      base = await site.app.listen({ host: '127.0.0.1', port: 0 });
      api = GhostContentAPI({ url: base, key: key.secret, version: 'v5.0' });
    });
    after(() => site.close());

    test('browse posts with tags and authors: newest first, public only, Ghost shapes with sections as primary tags', async () => {
      const posts = await api.posts.browse({ include: 'tags,authors' });
      assert.deepEqual(slugs(posts), ['chlorine-notes', 'town-clock', 'filter-beds', 'reservoir-levels']);
      assert.deepEqual(posts.meta.pagination, { page: 1, limit: 15, pages: 1, total: 4, next: null, prev: null });
      const filterBeds = posts.find((p) => p.slug === 'filter-beds') as unknown as Record<string, unknown> & { tags: Array<{ slug: string; id: string }>; authors: Array<{ slug: string }> };
      assert.equal(filterBeds['title'], 'Filter beds');
      assert.match(String(filterBeds['html']), /<p>/);
      assert.match(String(filterBeds['uuid']), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(filterBeds['published_at'], '2026-02-10T08:00:00.000Z');
      assert.equal(filterBeds['url'], 'http://dossier.test/2026/02/filter-beds');
      assert.deepEqual(filterBeds.tags.map((t) => t.slug), ['filters', 'clocks', 'pipes']);
      assert.equal((filterBeds['primary_tag'] as { slug: string }).slug, 'filters');
      assert.deepEqual(filterBeds.authors.map((a) => a.slug), ['ben', 'ada']);
      assert.equal((filterBeds['primary_author'] as { slug: string }).slug, 'ben');
      assert.deepEqual((filterBeds['section_path'] as Array<{ slug: string }>).map((s) => s.slug), ['water', 'treatment', 'filters']);
      assert.equal(typeof filterBeds['reading_time'], 'number');
    });

    test('filters: tag, author, featured, primary_tag, and + / , combinations', async () => {
      assert.deepEqual(slugs(await api.posts.browse({ filter: 'tag:pipes' })), ['filter-beds', 'reservoir-levels']);
      // A section is a tag: its posts and its subsections' posts.
      assert.deepEqual(slugs(await api.posts.browse({ filter: 'tag:water' })), ['chlorine-notes', 'filter-beds', 'reservoir-levels']);
      assert.deepEqual(slugs(await api.posts.browse({ filter: 'primary_tag:treatment' })), ['chlorine-notes']);
      assert.deepEqual(slugs(await api.posts.browse({ filter: 'author:ben' })), ['town-clock', 'filter-beds']);
      assert.deepEqual(slugs(await api.posts.browse({ filter: 'featured:true' })), ['reservoir-levels']);
      assert.deepEqual(slugs(await api.posts.browse({ filter: 'tag:pipes+author:ben' })), ['filter-beds']);
      assert.deepEqual(slugs(await api.posts.browse({ filter: 'tag:pipes,author:ben' })), ['town-clock', 'filter-beds', 'reservoir-levels']);
      assert.deepEqual(slugs(await api.posts.browse({ filter: 'tag:[clocks,pipes]+featured:false' })), ['town-clock', 'filter-beds']);
      assert.deepEqual(slugs(await api.posts.browse({ filter: 'tag:water+slug:-chlorine-notes' })), ['filter-beds', 'reservoir-levels']);
      assert.deepEqual(slugs(await api.posts.browse({ filter: "published_at:>'2026-02-15'" })), ['chlorine-notes', 'town-clock']);
      assert.deepEqual(slugs(await api.posts.browse({ filter: 'tag:no-such-tag' })), []);
    });

    test('paginate with limit and page; order oldest first; fields and plaintext', async () => {
      const first = await api.posts.browse({ limit: 3 });
      assert.deepEqual(first.meta.pagination, { page: 1, limit: 3, pages: 2, total: 4, next: 2, prev: null });
      const second = await api.posts.browse({ limit: 3, page: 2 });
      assert.deepEqual(slugs(second), ['reservoir-levels']);
      assert.deepEqual(second.meta.pagination, { page: 2, limit: 3, pages: 2, total: 4, next: null, prev: 1 });
      const all = await api.posts.browse({ limit: 'all', order: 'published_at asc' });
      assert.deepEqual(slugs(all), ['reservoir-levels', 'filter-beds', 'town-clock', 'chlorine-notes']);
      assert.equal(all.meta.pagination.limit, 'all');
      const slim = await api.posts.browse({ fields: 'title,slug', formats: 'plaintext', limit: 1 });
      assert.deepEqual(Object.keys(slim[0]!).sort(), ['slug', 'title']);
      const plain = await api.posts.read({ slug: 'town-clock' }, { formats: 'plaintext' });
      assert.match(String(plain['plaintext']), /A claim about reservoirs/);
      assert.equal(plain['html'], undefined);
    });

    test('read a post by slug and by id, with its references; drafts and scheduled posts are not found', async () => {
      const bySlug = await api.posts.read({ slug: 'reservoir-levels' }, { include: 'tags,authors' });
      const byId = await api.posts.read({ id: bySlug.id });
      assert.equal(byId.slug, 'reservoir-levels');
      const references = bySlug['references'] as Array<{ number: number; url: string | null; link_status: string | null }>;
      assert.deepEqual(references.map((r) => r.number), [1, 2]);
      assert.match(String(references[1]!.url), /^https:\/\/src\.example\.org\//);
      assert.equal(references[1]!.link_status, 'unchecked');
      for (const slug of ['unfinished-draft', 'next-month']) {
        const failure = await clientError(api.posts.read({ slug }));
        assert.deepEqual([failure.status, failure.type], [404, 'NotFoundError']);
      }
    });

    test('pages, tags, authors and settings', async () => {
      assert.deepEqual(slugs(await api.pages.browse()), ['about']);
      assert.equal((await api.pages.read({ slug: 'about' }))['url'], 'http://dossier.test/about');
      const tags = await api.tags.browse({ include: 'count.posts', limit: 'all' });
      assert.deepEqual(slugs(tags), ['water', 'treatment', 'filters', 'time', 'clocks', 'pipes']);
      const counts = Object.fromEntries(tags.map((t) => [t.slug, (t['count'] as { posts: number }).posts]));
      assert.deepEqual(counts, { water: 3, treatment: 2, filters: 1, time: 1, clocks: 2, pipes: 2 });
      assert.deepEqual(slugs(await api.tags.browse({ order: 'name desc', limit: 'all' })), ['water', 'treatment', 'time', 'filters', 'pipes', 'clocks']);
      assert.deepEqual(slugs(await api.authors.browse({ order: 'name desc' })), ['ben', 'ada']);
      assert.equal((await clientError(api.tags.browse({ order: 'count.posts desc' }))).property, 'order');
            const pipes = await api.tags.read({ slug: 'pipes' });
      assert.equal((await api.tags.read({ id: pipes.id })).slug, 'pipes');
      assert.equal((await api.tags.read({ slug: 'water' }))['url'], 'http://dossier.test/section/water');
      const authors = await api.authors.browse({ include: 'count.posts' });
      assert.deepEqual(authors.map((a) => [a.slug, (a['count'] as { posts: number }).posts]), [['ada', 3], ['ben', 2]]);
      assert.equal((await api.authors.read({ slug: 'ben' }))['name'], 'Ben Okafor');
      const settings = await api.settings.browse();
      assert.equal(settings['title'], 'Dossier');
      assert.equal(settings['url'], 'http://dossier.test/');
      assert.deepEqual((settings['navigation'] as Array<{ url: string }>).map((n) => n.url), ['/', '/section/water', '/section/time']);
    });

    test('a wrong or revoked key is refused in Ghost\'s error shape; no key is 403', async () => {
      const wrong = GhostContentAPI({ url: base, key: '0123456789abcdef0123456789', version: 'v5.0' });
      assert.deepEqual(await clientError(wrong.posts.browse()), { status: 401, type: 'UnauthorizedError', message: 'Unknown Content API Key', property: 'key' });
      const revoked = GhostContentAPI({ url: base, key: revokedKey, version: 'v5.0' });
      assert.equal((await clientError(revoked.settings.browse())).status, 401);
      // A browser asks before sending Ghost's Accept-Version header from another origin.
      const preflight = await fetch(`${base}/ghost/api/content/posts/?key=${goodKey}`, {
        method: 'OPTIONS', headers: { origin: 'https://front.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'accept-version' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
      assert.match(String(preflight.headers.get('access-control-allow-headers')), /Accept-Version/);
      const bare = await fetch(`${base}/ghost/api/content/posts/`);
      assert.equal(bare.status, 403);
      assert.equal(((await bare.json()) as { errors: Array<{ type: string }> }).errors[0]!.type, 'NoPermissionError');
    });

    test('bad filters, limits and includes are Ghost-shaped 400s naming the parameter', async () => {
      for (const [params, property] of [
        [{ filter: 'tag:pipes+' }, 'filter'],
        [{ filter: 'colour:blue' }, 'filter'],
        [{ filter: 'title:~\'clock\'' }, 'filter'],
        [{ limit: -5 }, 'limit'],
        [{ include: 'tags,comments' }, 'include'],
        [{ order: 'title asc' }, 'order'],
      ] as const) {
        const failure = await clientError(api.posts.browse(params));
        assert.deepEqual([failure.status, failure.type, failure.property], [400, 'BadRequestError', property], JSON.stringify(params));
      }
      // Hostile ids, slugs and values with a good key: refused or not found, never a 5xx.
      for (const path of ['posts/2147483648/', 'posts/999999999999/', 'posts/-1/', 'posts/slug/a%00b/', 'tags/section-99999999999/', 'tags/%00/',
        'authors/2147483648/', 'authors/slug/%00/', 'posts/?filter=tag:%00', 'posts/?filter=slug:%27a%00%27', 'posts/?page=999999999999',
        'posts/?limit=0', 'posts/?limit=1e3', 'posts/?formats=mobiledoc', 'tags/?filter=slug:a,slug:b', 'tags/?filter=tag:news', 'authors/?include=tags', 'nothing-here/']) {
        const answer = await fetch(`${base}/ghost/api/content/${path}${path.includes('?') ? '&' : '?'}key=${goodKey}`);
        assert.ok(answer.status >= 400 && answer.status < 500, `${path} → ${answer.status}`);
        assert.ok(((await answer.json()) as { errors: unknown[] }).errors.length === 1, path);
      }
      const huge = await fetch(`${base}/ghost/api/content/posts/?key=${goodKey}&page=999999`);
      assert.equal(huge.status, 200, 'a page past the end is empty, as in Ghost');
      assert.deepEqual(((await huge.json()) as { posts: unknown[] }).posts, []);
      // The same API at /api/content/: the error names the parameter to fix.
      const response = await fetch(`${base}/api/content/posts/?key=${goodKey}&limit=-5`);
      assert.equal(response.status, 400);
      const body = (await response.json()) as { errors: Array<{ property: string; context: string }> };
      assert.equal(body.errors[0]!.property, 'limit');
      assert.match(body.errors[0]!.context, /whole number/);
    });
  });
}
