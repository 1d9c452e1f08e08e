import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createHmac } from 'node:crypto';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

/**
 * Hostile writes to the Admin API behind a key with every scope: every body shape a client
 * could get wrong, on every write path and method, and malformed queries and uploads. Each
 * answer is a success or a Ghost-shaped 4xx, never a 500.
 */
const BODIES: unknown[] = [
  null, 'x', 1, [], {}, { posts: 'x' }, { posts: [] }, { posts: [null] }, { posts: [1] }, { posts: [{ title: 1 }] }, { posts: [{ title: 'a\u0000b' }] },
  { posts: [{ title: 'a', tags: [1] }] }, { posts: [{ title: 'a', tags: [{}] }] }, { posts: [{ title: 'a', authors: [{ id: 'zz' }] }] },
  { posts: [{ title: 'a', published_at: 'yesterday' }] }, { posts: [{ title: 'a', slug: 'Bad Slug!' }] }, { posts: [{ title: 'a', section: 'nope' }] },
  { posts: [{ title: 'a', tags: [{ id: 'section-1' }, { id: 'section-4' }] }] }, { posts: [{ title: 'a', markdown: 'x[^1]', status: 'published' }] },
  { posts: [{ title: 'a'.repeat(400) }] }, { posts: [{ title: 'a', feature_image: '::' }] }, { posts: [{ title: 'a', status: 'scheduled' }] },
  { tags: [{}] }, { tags: [{ name: '!!!' }] }, { users: [{ name: 'x', email: 'nope' }] }, { sections: [{ name: 'W', parent: 'nope' }] }, { comments: [{ status: 'x' }] },
];
const PATHS = ['posts/', 'posts/1/', 'posts/999999/', 'pages/', 'pages/1/', 'tags/', 'tags/tag-1/', 'tags/section-1/', 'users/', 'users/1/', 'authors/1/',
  'sections/', 'sections/section-1/', 'comments/1/', 'posts/0/', 'posts/99999999999/', 'images/upload/',
  // Deletes: an author with articles of their own, with a bad heir or themself as heir; sections and tags in use, twice.
  'users/2/?reassign=nope', 'users/2/?reassign=%00', 'authors/1/?reassign=ada', 'users/1/?reassign=', 'sections/section-2/', 'tags/tag-2/', 'tags/tag-99999/', 'sections/section-0/'];
const QUERIES = ['posts/?limit=-5', 'posts/?limit=all', 'posts/?page=0', 'posts/?filter=tag:x', 'posts/?limit=99999999999', 'tags/?limit=abc',
  'comments/?status=x', 'posts/slug/%00/', 'tags/slug/x%00/', 'users/abc/', 'sections/x/', 'nope/', 'posts/?source=pdf',
  // Filters: the Content API's NQL plus status, all ways wrong.
  'posts/?filter=status:lost', 'posts/?filter=status:draft%2Btag:-x', 'posts/?filter=(((', 'pages/?filter=tag:x', 'posts/?filter=published_at:>bad',
  `posts/?filter=${'tag:x,'.repeat(300)}`, 'posts/?filter=author:[a,b]%2Bfeatured:true', 'posts/?filter=id:-1', 'posts/?filter=tag:%00', 'posts/?filter=status:>draft',
  'posts/?filter=primary_tag:water%2Bstatus:[draft,published,scheduled]', 'posts/?filter=status:draft&filter=status:published', 'pages/?filter=status:-draft'];

function token(key: string): string {
  const [id, secret] = key.split(':') as [string, string];
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'HS256', typ: 'JWT', kid: id })}.${part({ iat: now, exp: now + 300, aud: '/admin/' })}`;
  return `Ghost ${input}.${createHmac('sha256', Buffer.from(secret, 'hex')).update(input).digest('base64url')}`;
}

for (const engine of ENGINES) {
  describe(`Admin API under hostile input (${engine})`, () => {
    let site: TestSite;
    let key: string;
    before(async () => {
      site = await createTestSite(engine, () => new Date());
      await seedStructure(site.services);
      key = (await site.services.adminApi.tokens.add('fuzz', 'posts:write,posts:publish,structure:write,media:write,comments:moderate,links:read')).key;
      await site.services.adminApi.posts.add('article', { title: 'Target', markdown: 'Text.' }, ['posts:write']);
      // Something for the deletes to walk through: a live post in a section, with a tag and a byline.
      await site.services.adminApi.posts.add('article', { title: 'Tagged', markdown: 'Text.', status: 'published', tags: [{ slug: 'treatment' }, { slug: 'pipes' }], authors: [{ slug: 'ben' }] }, ['posts:write', 'posts:publish']);
    });
    after(() => site.close());

    /** What is wrong with an answer: a 500, or a 4xx not in Ghost's shape. */
    const problem = (what: string, response: { statusCode: number; body: string }) => {
      if (response.statusCode >= 500) return `${what} -> ${response.statusCode} ${response.body.slice(0, 200)}`;
      if (response.statusCode >= 400 && !(JSON.parse(response.body) as { errors?: Array<{ type?: string }> }).errors?.[0]?.type) return `${what} -> ${response.statusCode} not Ghost-shaped`;
      return null;
    };

    test('every body on every write path and method is a success or a Ghost-shaped 4xx', async () => {
      const problems: string[] = [];
      for (const path of PATHS) {
        for (const method of ['POST', 'PUT', 'DELETE'] as const) {
          for (const body of BODIES) {
            const response = await site.inject({ method, url: `/ghost/api/admin/${path}`, headers: { authorization: token(key), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
            const found = problem(`${method} ${path} ${JSON.stringify(body)}`, response);
            if (found) problems.push(found);
          }
        }
      }
      assert.deepEqual(problems, []);
    });

    test('malformed queries and uploads are 4xx', async () => {
      const problems: string[] = [];
      for (const query of QUERIES) {
        const found = problem(`GET ${query}`, await site.inject({ method: 'GET', url: `/ghost/api/admin/${query}`, headers: { authorization: token(key) } }));
        if (found) problems.push(found);
      }
      for (const [type, payload] of [['multipart/form-data; boundary=x', '--x\r\nbroken'], ['multipart/form-data', 'x'], ['application/json', '{}'], ['text/plain', 'x']]) {
        const response = await site.inject({ method: 'POST', url: '/ghost/api/admin/images/upload/', headers: { authorization: token(key), 'content-type': type! }, payload: payload! });
        assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${type}: ${response.statusCode}`);
        const found = problem(`upload ${type}`, response);
        if (found) problems.push(found);
      }
      assert.deepEqual(problems, []);
    });
  });
}
