import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import GhostAdminAPI from '@tryghost/admin-api';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { rawRows } from '../support/raw-rows.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Deleting tags, authors and sections through Ghost's own Admin API client (and, for
// sections, which the client does not know, the same signed requests by hand): the articles
// stay, lists and counts follow, cached pages are purged, old addresses redirect.

type Client = ReturnType<typeof GhostAdminAPI>;
type Post = Record<string, unknown> & { id: string; url: string; updated_at: string };

async function clientError(work: Promise<unknown>): Promise<{ type: string; property: string | null; message: string; context: string | null }> {
  try {
    await work;
  } catch (error) {
    const e = error as { type?: string; message: string; context?: string | null; property?: string | null };
    assert.ok(e.type, `a Ghost-shaped error, not ${String(error)}`);
    return { type: e.type, message: e.message, context: e.context ?? null, property: e.property ?? null };
  }
  assert.fail('the client call should have failed');
}

for (const engine of ENGINES) {
  describe(`Admin API deletes tags, authors and sections (${engine})`, () => {
    let site: TestSite;
    let base: string;
    let admin: Client;
    let drafter: Client;
    let key: string;
    const posts: Record<string, Post> = {};

    /** A raw Admin API request signed as the client signs them (for Dossier's own `sections`). */
    const raw = (method: string, path: string): Promise<Response> =>
      fetch(`${base}/ghost/api/admin${path}`, { method, headers: { authorization: `Ghost ${signed()}` } });
    const signed = () => {
      const [id, secret] = key.split(':') as [string, string];
      const now = Math.floor(Date.now() / 1000);
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const input = `${part({ alg: 'HS256', typ: 'JWT', kid: id })}.${part({ iat: now, exp: now + 300, aud: '/admin/' })}`;
      return `${input}.${createHmac('sha256', Buffer.from(secret, 'hex')).update(input).digest('base64url')}`;
    };
    const path = (post: Post) => new URL(post.url).pathname;
    /** Fetches a page twice so the second answer comes from the page cache. */
    const cached = async (url: string) => {
      // The cache stores a page once it is sent: ask until it answers from there.
      for (let i = 0; i < 50 && (await site.inject(url)).headers['x-cache'] !== 'HIT'; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal((await site.inject(url)).headers['x-cache'], 'HIT', `${url} is cached`);
    };

    before(async () => {
      site = await createTestSite(engine, () => new Date());
      await seedStructure(site.services);
      base = await site.app.listen({ host: '127.0.0.1', port: 0 });
      key = (await site.services.adminApi.tokens.add('Desk', 'posts:write,posts:publish,structure:write')).key;
      admin = GhostAdminAPI({ url: base, key, version: 'v5.0' });
      drafter = GhostAdminAPI({ url: base, key: (await site.services.adminApi.tokens.add('Drafts', 'posts:write')).key, version: 'v5.0' });
      const add = async (name: string, post: Record<string, unknown>) => {
        posts[name] = await admin.posts.add({ status: 'published', markdown: `About ${name}.`, ...post }) as Post;
      };
      await add('pipes', { title: 'Old pipes', tags: [{ slug: 'treatment' }, { slug: 'pipes' }], authors: [{ slug: 'ada' }, { slug: 'ben' }] });
      await add('filters', { title: 'Sand filters', tags: [{ slug: 'filters' }, { slug: 'pipes' }], authors: [{ slug: 'ada' }] });
      await add('clocks', { title: 'Clock towers', tags: [{ slug: 'time' }, { slug: 'clocks' }], authors: [{ slug: 'ben' }] });
    });
    after(async () => site.close());

    /** Every list row and counter, in a stable order (counters without their last-modified time). */
    const lists = async () => ({
      rows: (await rawRows(site.database, 'listings')).map((r) => `${String(r['scope'])}:${String(r['scope_id'])}:${String(r['article_id'])}`).sort(),
      counts: (await rawRows(site.database, 'listing_counts')).filter((r) => Number(r['total']) > 0).map((r) => `${String(r['scope'])}:${String(r['scope_id'])}=${String(r['total'])}`).sort(),
    });
    /** The lists kept on write are the ones a rebuild from scratch makes. */
    const assertListsAsRebuilt = async () => {
      const kept = await lists();
      await site.site.store.repos.listings.rebuildAll();
      assert.deepEqual(kept, await lists());
    };

    test('a tag: off its articles (which stay), out of lists and search, purged, redirected home', async () => {
      const pipes = (await admin.tags.read({ slug: 'pipes' })) as { id: string; count?: unknown };
      await cached(path(posts['pipes']!));
      await cached('/tag/clocks');
      await cached('/tag/pipes');
      assert.match((await site.inject(path(posts['pipes']!))).body, /href="\/tag\/pipes"/);

      const refused = await clientError(drafter.tags.delete({ id: pipes.id }));
      assert.equal(refused.type, 'NoPermissionError', 'deleting needs structure:write');
      await admin.tags.delete({ id: pipes.id });

      const page = await site.inject(path(posts['pipes']!));
      assert.equal(page.statusCode, 200, 'the article stays');
      assert.equal(page.headers['x-cache'], 'MISS', 'its cached page was purged');
      assert.doesNotMatch(page.body, /\/tag\/pipes/);
      assert.equal((await site.inject('/tag/clocks')).headers['x-cache'], 'HIT', 'a list without the tag\'s articles stays cached');
      const gone = await site.inject('/tag/pipes');
      assert.deepEqual([gone.statusCode, gone.headers.location], [301, '/']);
      const read = await admin.posts.read({ id: posts['filters']!.id }) as unknown as { tags: Array<{ slug: string }> };
      assert.deepEqual(read.tags.map((t) => t.slug), ['filters']);
      assert.equal((await clientError(admin.tags.read({ slug: 'pipes' }))).type, 'NotFoundError');
      const counts = await site.site.store.repos.listings.count({ scope: 'tag', scopeId: Number(pipes.id.slice(4)) }, new Date().toISOString());
      assert.equal(counts, 0, 'its list and counter are gone');
      assert.equal((await clientError(admin.tags.delete({ id: pipes.id }))).type, 'NotFoundError', 'a second delete is a 404');
      assert.ok((await site.services.structure.lists()).redirects.some((r) => r.fromPath === '/tag/pipes' && r.toPath === '/'));
      await assertListsAsRebuilt();
    });

    test('an author: off shared bylines; sole articles need ?reassign, then go to the heir; redirected there', async () => {
      const ada = await admin.users.read({ slug: 'ada' }) as { id: string };
      const conflict = await clientError(admin.users.delete({ id: ada.id }));
      assert.equal(conflict.type, 'ConflictError');
      assert.match(conflict.context ?? '', /only author of 1 article/);
      assert.equal((await admin.posts.read({ id: posts['filters']!.id }) as unknown as { authors: unknown[] }).authors.length, 1, 'nothing changed');
      const unknown = await clientError(admin.users.delete({ id: ada.id }, { reassign: 'nobody-here' }));
      assert.equal(unknown.property, 'reassign');

      await cached('/author/ben');
      await admin.users.delete({ id: ada.id }, { reassign: 'ben' });
      const shared = await admin.posts.read({ id: posts['pipes']!.id }) as unknown as { authors: Array<{ slug: string }> };
      assert.deepEqual(shared.authors.map((a) => a.slug), ['ben'], 'the heir is named once');
      const alone = await admin.posts.read({ id: posts['filters']!.id }) as unknown as { authors: Array<{ slug: string }> };
      assert.deepEqual(alone.authors.map((a) => a.slug), ['ben']);
      const moved = await site.inject('/author/ada');
      assert.deepEqual([moved.statusCode, moved.headers.location], [301, '/author/ben']);
      const ben = await site.inject('/author/ben');
      assert.equal(ben.headers['x-cache'], 'MISS', 'the heir\'s page was purged');
      assert.match(ben.body, /Sand filters/);
      assert.equal((await site.inject('/search?q=filters')).statusCode, 200);
      await assertListsAsRebuilt();
    });

    test('a section: its articles and subsections move up to the parent; its address redirects there', async () => {
      const sections = await (await raw('GET', '/sections/')).json() as { sections: Array<{ id: string; slug: string; parent: string | null }> };
      const treatment = sections.sections.find((s) => s.slug === 'treatment')!;
      await cached('/section/water');
      const deleted = await raw('DELETE', `/sections/${treatment.id}/`);
      assert.equal(deleted.status, 204);
      const after = await (await raw('GET', '/sections/')).json() as typeof sections;
      assert.deepEqual(Object.fromEntries(after.sections.map((s) => [s.slug, s.parent])), { water: null, filters: 'water', time: null });
      const post = await admin.posts.read({ id: posts['pipes']!.id }) as unknown as { primary_tag: { slug: string } };
      assert.equal(post.primary_tag.slug, 'water', 'its article is in the parent section now');
      const water = await site.inject('/section/water');
      assert.equal(water.headers['x-cache'], 'MISS');
      assert.match(water.body, /Old pipes/);
      assert.match(water.body, /Sand filters/, 'the subsection\'s articles are still listed above it');
      const moved = await site.inject('/section/water/treatment');
      assert.deepEqual([moved.statusCode, moved.headers.location], [301, '/section/water']);
      assert.equal((await site.inject('/section/water/filters')).statusCode, 200, 'the subsection answers at its new address');
      assert.equal((await raw('DELETE', '/sections/section-99999/')).status, 404);
      const time = after.sections.find((s) => s.slug === 'time')!;
      assert.equal((await raw('DELETE', `/sections/${time.id}/`)).status, 204);
      const clocks = await admin.posts.read({ id: posts['clocks']!.id }) as unknown as { primary_tag: { slug: string } | null; tags: Array<{ slug: string }> };
      assert.deepEqual(clocks.tags.map((t) => t.slug), ['clocks'], 'a top-level section\'s articles are left without one');
      assert.deepEqual([(await site.inject('/section/time')).headers.location], ['/']);
      await assertListsAsRebuilt();
    });
  });
}
