import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import GhostAdminAPI from '@tryghost/admin-api';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

// The Admin API's `filter` on posts and pages, through Ghost's own client: the Content API's
// NQL (tag, author, primary_tag, featured, slug, id, published_at) plus status, over posts in
// any status, and Ghost's 400 for a filter it cannot read.

for (const engine of ENGINES) {
  describe(`Admin API browse filter (${engine})`, () => {
    let site: TestSite;
    let api: ReturnType<typeof GhostAdminAPI>;

    const slugs = async (filter: string, resource: 'posts' | 'pages' = 'posts') => {
      const found = await api[resource].browse({ filter, limit: 'all' }) as Array<{ slug: string }> & { meta: { pagination: { total: number } } };
      assert.equal(found.meta.pagination.total, found.length, `the total of ${filter} counts what it matches`);
      return found.map((p) => p.slug).sort();
    };
    const refusal = async (filter: string) => {
      try {
        await api.posts.browse({ filter });
      } catch (error) {
        const e = error as { type?: string; context?: string; property?: string };
        return { type: e.type, property: e.property, context: e.context ?? '' };
      }
      assert.fail(`${filter} should be refused`);
    };

    before(async () => {
      site = await createTestSite(engine, () => new Date(), { pageCache: false });
      await seedStructure(site.services);
      const base = await site.app.listen({ host: '127.0.0.1', port: 0 });
      api = GhostAdminAPI({ url: base, key: (await site.services.adminApi.tokens.add('Desk', 'posts:write,posts:publish')).key, version: 'v5.0' });
      await api.posts.add({ title: 'Pipes', status: 'published', featured: true, tags: [{ slug: 'treatment' }, { slug: 'pipes' }], authors: [{ slug: 'ada' }] });
      await api.posts.add({ title: 'Filters', tags: [{ slug: 'filters' }], authors: [{ slug: 'ben' }] });
      await api.posts.add({ title: 'Clocks', tags: [{ slug: 'time' }, { slug: 'clocks' }], authors: [{ slug: 'ben' }, { slug: 'ada' }] });
      await api.posts.add({ title: 'Loose', authors: [{ slug: 'ada' }] });
      await api.pages.add({ title: 'About', status: 'published' });
      await api.pages.add({ title: 'Contact' });
    });
    after(async () => site.close());

    test('tag (sections with their subsections), primary_tag, author, featured and status, with + and ,', async () => {
      assert.deepEqual(await slugs('tag:water'), ['filters', 'pipes']);
      assert.deepEqual(await slugs('tag:pipes'), ['pipes']);
      assert.deepEqual(await slugs('primary_tag:treatment'), ['pipes']);
      assert.deepEqual(await slugs('author:ben'), ['clocks', 'filters']);
      assert.deepEqual(await slugs('author:ben+status:draft'), ['clocks', 'filters']);
      assert.deepEqual(await slugs('tag:pipes,author:ben'), ['clocks', 'filters', 'pipes']);
      assert.deepEqual(await slugs('featured:true'), ['pipes']);
      assert.deepEqual(await slugs('status:draft+tag:-clocks'), ['filters', 'loose'], 'a post without tags or section is not in clocks');
      assert.deepEqual(await slugs('tag:-water+status:draft'), ['clocks', 'loose']);
      assert.deepEqual(await slugs('status:[draft,published]+author:ada'), ['clocks', 'loose', 'pipes']);
      assert.deepEqual(await slugs('(tag:time,tag:pipes)+status:published'), ['pipes']);
      assert.deepEqual(await slugs('tag:no-such-tag'), []);
      assert.deepEqual(await slugs('slug:[loose,clocks]'), ['clocks', 'loose']);
      assert.deepEqual(await slugs('status:published'), ['pipes']);
      assert.deepEqual(await slugs('status:draft', 'pages'), ['contact']);
      assert.deepEqual(await slugs('visibility:public+status:published', 'pages'), ['about']);
    });

    test('an unknown field, a bad status or bad syntax is a Ghost-shaped 400 naming the filter', async () => {
      for (const filter of ['colour:blue', 'status:lost', 'tag:news+', 'featured:maybe']) {
        const error = await refusal(filter);
        assert.deepEqual([error.type, error.property], ['BadRequestError', 'filter'], filter);
      }
      assert.match((await refusal('colour:blue')).context, /Unknown filter field "colour" for posts; use one of: .*status/);
      assert.match((await refusal('status:lost')).context, /Unknown status "lost"/);
    });
  });
}
