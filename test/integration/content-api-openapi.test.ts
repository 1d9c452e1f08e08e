import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

// The OpenAPI document at /api/openapi.json is a valid OpenAPI 3.1 document, names every
// Content API route, and real answers validate against the schemas it gives.

const clock = () => new Date('2026-06-01T12:00:00.000Z');

type Document = { paths: Record<string, { get: { responses: Record<string, { content: { 'application/json': { schema: object } } }> } }>; components: { schemas: Record<string, object> } };

describe('Content API OpenAPI document', () => {
  let site: TestSite;
  let doc: Document;
  let key: string;

  before(async () => {
    site = await createTestSite('sqlite', clock);
    await seedStructure(site.services);
    await site.services.articles.save(buildArticle({ slug: 'open-water', sectionSlug: 'filters', tagSlugs: ['pipes'] }));
    await site.services.articles.save(buildArticle({ kind: 'page', slug: 'contact', title: 'Contact', sectionSlug: null, authorSlugs: [] }));
    key = (await site.services.contentApi.keys.add('openapi')).secret;
    const response = await site.inject('/api/openapi.json');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    doc = response.json();
  });
  after(() => site.close());

  test('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
  });

  test('describes every Content API route the app registers', () => {
    const routes = site.app.routeList.filter((r) => r.url.startsWith('/ghost/api/content/') && r.url.endsWith('/'));
    assert.ok(routes.length >= 13, `${routes.length} routes`);
    for (const { url } of routes) {
      const path = url.replace('/ghost/api/content', '').replace(/:(\w+)/g, '{$1}');
      assert.ok(doc.paths[path]?.get, `${path} is in the document`);
    }
  });

  test('real answers validate against the schemas the document gives', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${name}`);
    const check = async (path: string, url: string, status = '200') => {
      const response = await site.inject(`/ghost/api/content${url}${url.includes('?') ? '&' : '?'}key=${key}`);
      assert.equal(String(response.statusCode), status, url);
      const schema = doc.paths[path]!.get.responses[status]!.content['application/json'].schema;
      const validate = ajv.compile(schema);
      assert.ok(validate(response.json()), `${url}: ${JSON.stringify(validate.errors, null, 2)}`);
    };
    // The schemas have teeth: a post without its id, or a tag with a number for a name, fails.
    const browse = ajv.compile(doc.paths['/posts/']!.get.responses['200']!.content['application/json'].schema);
    assert.equal(browse({ posts: [{ title: 'T', slug: 's', uuid: 'x', url: 'http://a' }], meta: {} }), false);
    assert.equal(browse({ posts: [], meta: { pagination: { page: 1, limit: 15, pages: 1, total: 0, next: null, prev: null } } }), true);
    await check('/posts/', '/posts/?include=tags,authors,references&formats=html,plaintext');
    await check('/posts/slug/{slug}/', '/posts/slug/open-water/');
    await check('/pages/', '/pages/');
    await check('/tags/', '/tags/?include=count.posts');
    await check('/authors/', '/authors/?include=count.posts');
    await check('/settings/', '/settings/');
    await check('/posts/', '/posts/?filter=colour:red', '400');
    await check('/posts/slug/{slug}/', '/posts/slug/no-such-post/', '404');
  });
});
