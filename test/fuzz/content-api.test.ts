import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

/**
 * Property-based fuzz of the Content API behind a good key (the route fuzz never gets past
 * the key): filters made of NQL's own pieces and stray characters, and hostile limits,
 * pages, includes, fields, formats and orders. Every answer is 200 or a Ghost-shaped 4xx,
 * in bounded time, on both engines. Seeded (FUZZ_SEED); FUZZ_RUNS searches harder.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261201);
const BOUND_MS = 5000;

const field = fc.constantFrom('tag', 'tags', 'tags.slug', 'author', 'authors.slug', 'primary_tag', 'featured', 'slug', 'id', 'published_at', 'visibility', 'title', 'status', '', 'tag.slug', '__proto__');
const value = fc.oneof(
  fc.constantFrom('pipes', 'water', 'ada', 'true', 'false', 'null', "'2026-01-01'", 'now-30d', '42', '2147483648', '999999999999', "'a\u0000b'", "'", '[pipes,clocks]', '[]', '-pipes', '>5', '~x', '-[a1,b2]'),
  fc.string({ maxLength: 12 }),
);
const term = fc.tuple(field, value).map(([f, v]) => `${f}:${v}`);
const filter = fc.oneof(
  fc.array(fc.tuple(term, fc.constantFrom('+', ',', '+(', ')', ',(', '')), { minLength: 1, maxLength: 20 }).map((parts) => parts.map(([t, j]) => t + j).join('')),
  fc.string({ maxLength: 60 }),
);
/** Mostly values that pass (so the fuzz reaches the queries), now and then a hostile one. */
const mostly = (good: string[], bad: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 6 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });
const params = fc.record({
  filter: fc.oneof({ arbitrary: fc.constant(''), weight: 1 }, { arbitrary: filter, weight: 2 }),
  limit: mostly(['all', '1', '15', '100', '101', ''], ['0', '-5', '1e3', '2147483648', 'x']),
  page: mostly(['1', '2', '999999', ''], ['0', '-1', '9999999', '1.5']),
  include: mostly(['tags,authors', 'references', 'count.posts', ''], ['comments', 'tags,,authors']),
  fields: mostly(['title,slug', 'id', ''], ['Title', 'a-b', 'x'.repeat(60)]),
  formats: mostly(['html', 'plaintext', 'html,plaintext', ''], ['mobiledoc']),
  order: mostly(['published_at desc', 'published_at asc', ''], ['title asc', 'published_at sideways']),
}, { requiredKeys: [] });
const resource = fc.constantFrom('posts/', 'pages/', 'tags/', 'authors/', 'posts/slug/reservoir/', 'tags/slug/water/', 'authors/1/');

for (const engine of ENGINES) {
  describe(`Content API fuzz (${engine})`, () => {
    let site: TestSite;
    let key = '';

    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'reservoir', tagSlugs: ['pipes'], sticky: true }));
      await site.services.articles.save(buildArticle({ slug: 'clockwork', sectionSlug: 'time', tagSlugs: ['clocks'], authorSlugs: ['ben'] }));
      key = (await site.services.contentApi.keys.add('fuzz')).secret;
    });
    after(() => site.close());

    test('no 5xx, no slow answer, every error in Ghost\'s shape', async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(resource, params, async (path, query) => {
          const url = `/ghost/api/content/${path}?${new URLSearchParams({ ...query, key }).toString()}`;
          const started = performance.now();
          const response = await site.inject(url);
          const took = performance.now() - started;
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          assert.ok(response.statusCode === 200 || (response.statusCode >= 400 && response.statusCode < 500), `${url} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
          if (response.statusCode !== 200) assert.equal((response.json() as { errors: Array<{ type: string }> }).errors.length, 1, url);
          assert.ok(took < BOUND_MS, `${url} took ${Math.round(took)} ms`);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      // Both kinds of answer were reached: the fuzz is not refused wholesale.
      assert.ok((statuses.get(200) ?? 0) > RUNS / 20, JSON.stringify([...statuses]));
      assert.ok((statuses.get(400) ?? 0) > RUNS / 20, JSON.stringify([...statuses]));
    });
  });
}
