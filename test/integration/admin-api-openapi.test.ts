import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

// /api/openapi.json describes every Admin API route, and real Admin API answers validate
// against the schemas it gives (the document itself is validated in content-api-openapi).

type Operation = { responses: Record<string, { content?: { 'application/json': { schema: object } } }> };
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

/** A token as Ghost's client signs one. */
function token(key: string): string {
  const [id, secret] = key.split(':') as [string, string];
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'HS256', typ: 'JWT', kid: id })}.${part({ iat: now, exp: now + 300, aud: '/admin/' })}`;
  return `Ghost ${input}.${createHmac('sha256', Buffer.from(secret, 'hex')).update(input).digest('base64url')}`;
}

describe('Admin API in the OpenAPI document', () => {
  let site: TestSite;
  let doc: Document;
  let authorization: string;

  before(async () => {
    site = await createTestSite('sqlite', () => new Date());
    await seedStructure(site.services);
    authorization = token((await site.services.adminApi.tokens.add('openapi', 'posts:write,posts:publish,comments:moderate,links:read')).key);
    doc = (await site.inject('/api/openapi.json')).json();
  });
  after(() => site.close());

  test('describes every Admin API route the app registers, with its method', () => {
    const routes = site.app.routeList.filter((r) => r.url.startsWith('/ghost/api/admin/') && r.url.endsWith('/'));
    assert.ok(routes.length >= 30, `${routes.length} routes`);
    for (const { method, url } of routes) {
      const path = url.replace(/:(\w+)/g, '{$1}');
      const alias = path.replace('/users/', '/authors/');
      assert.ok(doc.paths[path]?.[method.toLowerCase()] ?? doc.paths[alias]?.[method.toLowerCase()] ?? (path.includes('/authors/') && doc.paths[path.replace('/authors/', '/users/')]?.[method.toLowerCase()]), `${method} ${path} is in the document`);
    }
  });

  test('real answers validate against the schemas the document gives', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${name}`);
    const check = async (path: string, method: string, url: string, status: string, payload?: object) => {
      const response = await site.inject({ method: method as 'GET', url: `/ghost/api/admin${url}`, headers: { authorization }, ...(payload ? { payload } : {}) });
      assert.equal(String(response.statusCode), status, `${method} ${url}: ${response.body}`);
      const validate = ajv.compile(doc.paths[path]![method.toLowerCase()]!.responses[status]!.content!['application/json'].schema);
      assert.ok(validate(response.json()), `${url}: ${JSON.stringify(validate.errors, null, 2)}`);
      return response.json() as Record<string, Array<Record<string, unknown>>>;
    };
    const added = await check('/ghost/api/admin/posts/', 'POST', '/posts/', '201', { posts: [{ title: 'Schema', markdown: 'A claim.[^1]\n\n[^1]: A source.\n', tags: ['Pipes', { id: 'section-1' }], authors: ['ada'] }] });
    const post = added['posts']![0]!;
    await check('/ghost/api/admin/posts/{id}/', 'PUT', `/posts/${String(post['id'])}/`, '200', { posts: [{ status: 'published', updated_at: post['updated_at'] }] });
    await check('/ghost/api/admin/posts/{id}/', 'PUT', `/posts/${String(post['id'])}/`, '409', { posts: [{ title: 'Stale', updated_at: post['updated_at'] }] });
    await check('/ghost/api/admin/posts/', 'GET', '/posts/?limit=all', '200');
    await check('/ghost/api/admin/posts/', 'POST', '/posts/', '422', { posts: [{ title: 'x', status: 'gone' }] });
    await check('/ghost/api/admin/tags/', 'GET', '/tags/', '200');
    await check('/ghost/api/admin/tags/', 'POST', '/tags/', '403', { tags: [{ name: 'Not allowed' }] });
    await check('/ghost/api/admin/users/', 'GET', '/users/', '200');
    await check('/ghost/api/admin/sections/', 'GET', '/sections/', '200');
    await check('/ghost/api/admin/comments/', 'GET', '/comments/?status=pending', '200');
    await check('/ghost/api/admin/links/', 'GET', '/links/', '200');
    await check('/ghost/api/admin/site/', 'GET', '/site/', '200');
  });
});
