import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import GhostAdminAPI from '@tryghost/admin-api';
import sharp from 'sharp';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Ghost's own Admin API client, unchanged, against a running Dossier over real HTTP: if it
// writes to Dossier, the writing apps built on it can too.

type Client = ReturnType<typeof GhostAdminAPI>;
type Post = Record<string, unknown> & { id: string; updated_at: string; url: string; status: string };

/** The Ghost-shaped error the client throws (it copies the answer's first error onto an Error). */
async function clientError(work: Promise<unknown>): Promise<{ type: string; message: string; context: string | null; property: string | null }> {
  try {
    await work;
  } catch (error) {
    const e = error as { type?: string; message: string; context?: string | null; property?: string | null };
    assert.ok(e.type, `a Ghost-shaped error, not ${String(error)}`);
    return { type: e.type, message: e.message, context: e.context ?? null, property: e.property ?? null };
  }
  assert.fail('the client call should have failed');
}

/** A token signed as Ghost's client signs one, with what a test wants changed. */
function signToken(key: string, claims: { aud?: string; iat?: number; exp?: number } = {}): string {
  const [id, secret] = key.split(':') as [string, string];
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'HS256', typ: 'JWT', kid: id })}.${part({ iat: now, exp: now + 300, aud: '/admin/', ...claims })}`;
  return `${input}.${createHmac('sha256', Buffer.from(secret, 'hex')).update(input).digest('base64url')}`;
}

for (const engine of ENGINES) {
  describe(`Admin API written to by Ghost's client (${engine})`, () => {
    let site: TestSite;
    let base: string;
    let writer: Client;
    let publisher: Client;
    let publisherKey: string;
    let folder: string;

    const client = (key: string) => GhostAdminAPI({ url: base, key, version: 'v5.0' });

    before(async () => {
      site = await createTestSite(engine, () => new Date());
      await seedStructure(site.services);
      folder = mkdtempSync(join(tmpdir(), 'dossier-admin-api-'));
      base = await site.app.listen({ host: '127.0.0.1', port: 0 });
      const tokens = site.services.adminApi.tokens;
      writer = client((await tokens.add('Drafts only', 'posts:write')).key);
      publisherKey = (await tokens.add('Writing app', 'posts:write,posts:publish,structure:write,media:write,comments:moderate,links:read')).key;
      publisher = client(publisherKey);
    });
    after(async () => {
      await site.close();
      rmSync(folder, { recursive: true, force: true });
    });

    test('create a draft with notes, update it, publish it, and read it on the public page', async () => {
      const draft = await publisher.posts.add({
        title: 'Reservoir levels',
        markdown: 'Levels fell by a third.[^1] The board disputes it.[^2]\n\n[^1]: Water Board, *Annual report*, 2025. https://src.example.org/report\n[^2]: Letter to the editor, 3 May 2025.\n',
        tags: [{ slug: 'water' }, { name: 'Pipes' }, { name: 'Drought watch' }],
        authors: [{ slug: 'ada' }],
      }) as Post;
      assert.equal(draft.status, 'draft');
      assert.equal((draft['primary_tag'] as { slug: string }).slug, 'water');
      assert.deepEqual((draft['tags'] as Array<{ slug: string }>).map((t) => t.slug), ['water', 'drought-watch', 'pipes']);
      assert.deepEqual((draft['references'] as Array<{ number: number }>).map((r) => r.number), [1, 2]);
      assert.equal((await site.inject(new URL(draft.url).pathname)).statusCode, 404, 'a draft is not public');

      const edited = await publisher.posts.edit({ id: draft.id, updated_at: draft.updated_at, title: 'Reservoir levels fell' }) as Post;
      assert.equal(edited.title, 'Reservoir levels fell');
      assert.match(String(edited['markdown']), /\[\^2\]: Letter to the editor/);

      const published = await publisher.posts.edit({ id: draft.id, updated_at: edited.updated_at, status: 'published' }) as Post;
      assert.equal(published.status, 'published');
      assert.ok(published['published_at']);
      const page = await site.inject(new URL(published.url).pathname);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Reservoir levels fell/);
      assert.match(page.body, /Annual report/);
      assert.match(page.body, /Letter to the editor/);
      // The same side effects as a save in the editor: a revision per save.
      assert.equal((await site.site.store.repos.revisions.list(Number(draft.id))).length, 3);
      const read = await publisher.posts.read({ id: draft.id }) as Post;
      assert.equal(read.updated_at, published.updated_at);
      const drafts = await publisher.posts.browse({ filter: 'status:published' });
      assert.ok(drafts.some((p: { id: string }) => p.id === draft.id));
    });

    test('meta_title and meta_description set the page\'s <title> and description, read back from the Admin API; null clears them', async () => {
      const post = await publisher.posts.add({
        title: 'Pipe bursts in a cold week', markdown: 'Three mains burst.', status: 'published', tags: [{ slug: 'water' }], authors: [{ slug: 'ada' }],
        meta_title: 'Cold week: three mains burst', meta_description: 'Where and why, with the utility\'s own log.',
      }) as Post;
      assert.equal(post['meta_title'], 'Cold week: three mains burst');
      assert.equal(post['meta_description'], 'Where and why, with the utility\'s own log.');
      const head = (await site.inject(new URL(post.url).pathname)).body;
      assert.match(head, /<title>Cold week: three mains burst<\/title>/);
      assert.match(head, /<meta name="description" content="Where and why, with the utility&#x27;s own log\."|<meta name="description" content="Where and why, with the utility's own log\."/);
      const cleared = await publisher.posts.edit({ id: post.id, updated_at: post.updated_at, meta_title: null }) as Post;
      assert.equal(cleared['meta_title'], null);
      assert.equal(cleared['meta_description'], 'Where and why, with the utility\'s own log.', 'a field left out stays');
      assert.match((await site.inject(new URL(post.url).pathname)).body, /<title>Pipe bursts in a cold week — /);
    });

    test('HTML with footnotes (?source=html) becomes Markdown notes', async () => {
      const html = '<p>Levels fell<sup><a href="#fn1" id="fnref1">1</a></sup>.</p><section class="footnotes"><ol><li id="fn1"><p>Water Board, 2025. <a href="#fnref1" class="footnote-backref">↩</a></p></li></ol></section>';
      const post = await publisher.posts.add({ title: 'From HTML', html }, { source: 'html' }) as Post;
      assert.equal(post['markdown'], 'Levels fell[^1].\n\n[^1]: Water Board, 2025.\n');
      assert.deepEqual((post['references'] as Array<{ text: string }>).map((r) => r.text.trim()), ['Water Board, 2025.']);
      const ignored = await publisher.posts.add({ title: 'Without source', html: '<p>Not read.</p>' }) as Post;
      assert.equal(ignored['markdown'], '', 'without ?source=html the html is ignored, as in Ghost');
    });

    test('upload an image and use it in a post', async () => {
      const file = join(folder, 'chart.png');
      writeFileSync(file, await sharp({ create: { width: 800, height: 400, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer());
      const image = await publisher.images.upload({ file, ref: 'chart-1' }) as { url: string; ref: string };
      assert.equal(image.ref, 'chart-1');
      assert.match(image.url, /^http:\/\/dossier\.test\/media\/[0-9a-f]{16}\.png$/);
      assert.equal((await site.inject(new URL(image.url).pathname)).statusCode, 200);
      const post = await publisher.posts.add({
        title: 'Levels in a chart', status: 'published', markdown: `The chart:\n\n![Reservoir levels, 2020–2025](${image.url})\n`,
        feature_image: image.url, feature_image_alt: 'A falling line',
      }) as Post;
      assert.match(String(post['feature_image']), /^http:\/\/dossier\.test\/media\/[0-9a-f]{16}/);
      assert.equal(post['feature_image_alt'], 'A falling line');
      const page = await site.inject(new URL(post.url).pathname);
      assert.match(page.body, /alt="A falling line"/);
      assert.match(page.body, /alt="Reservoir levels, 2020–2025"/);
      const foreign = await clientError(publisher.posts.add({ title: 'Hotlinked', feature_image: 'https://elsewhere.example/a.png' }));
      assert.deepEqual([foreign.type, foreign.property], ['ValidationError', 'feature_image']);
      const notImage = join(folder, 'notes.png');
      writeFileSync(notImage, 'not an image at all');
      const refused = await clientError(publisher.images.upload({ file: notImage }));
      assert.equal(refused.type, 'ValidationError');
      assert.equal(refused.property, 'file');
    });

    test('tags and users (authors): browse, read, add, edit', async () => {
      const tags = await publisher.tags.browse({ limit: 'all' });
      assert.ok(tags.some((t: { slug: string }) => t.slug === 'pipes'));
      const added = await publisher.tags.add({ name: 'Flood plains' }) as { id: string; slug: string };
      assert.deepEqual([added.id.startsWith('tag-'), added.slug], [true, 'flood-plains']);
      const renamed = await publisher.tags.edit({ id: added.id, name: 'Floodplains' }) as { name: string };
      assert.equal(renamed.name, 'Floodplains');
      assert.equal((await publisher.tags.read({ slug: 'flood-plains' }) as { name: string }).name, 'Floodplains');

      const users = await publisher.users.browse();
      assert.deepEqual(users.map((u: { slug: string }) => u.slug).sort(), ['ada', 'ben']);
      const ada = await publisher.users.read({ slug: 'ada' }) as { id: string; name: string };
      assert.equal(ada.name, 'Ada Brook');
      const cy = await publisher.users.add({ name: 'Cy Mendes', bio: 'Cy covers the courts.' }) as { id: string; slug: string };
      assert.equal(cy.slug, 'cy-mendes');
      const edited = await publisher.users.edit({ id: cy.id, bio: 'Cy covers the courts and the council.' }) as { bio: string };
      assert.equal(edited.bio, 'Cy covers the courts and the council.');
    });

    test('a key without the scope gets 403: drafts only may not publish, upload or add tags', async () => {
      const draft = await writer.posts.add({ title: 'Only a draft', markdown: 'Text.' }) as Post;
      assert.equal(draft.status, 'draft');
      const publish = await clientError(writer.posts.edit({ id: draft.id, updated_at: draft.updated_at, status: 'published' }));
      assert.equal(publish.type, 'NoPermissionError');
      assert.match(String(publish.context), /posts:publish/);
      assert.equal((await clientError(writer.posts.add({ title: 'Live at once', status: 'published' }))).type, 'NoPermissionError');
      assert.equal((await clientError(writer.tags.add({ name: 'Sneaky' }))).type, 'NoPermissionError');
      const response = await fetch(`${base}/ghost/api/admin/links/`, { headers: { authorization: `Ghost ${signToken(publisherKey)}` } });
      assert.equal(response.status, 200);
      const denied = await fetch(`${base}/ghost/api/admin/comments/`, { headers: { authorization: `Ghost ${signToken((await site.services.adminApi.tokens.add('x', 'posts:write')).key)}` } });
      assert.equal(denied.status, 403);
      assert.equal((await denied.json() as { errors: Array<{ type: string }> }).errors[0]!.type, 'NoPermissionError');
      assert.equal((await publisher.posts.read({ id: draft.id }) as Post).status, 'draft');
    });

    test('a stale update gets 409 (UpdateCollisionError) and changes nothing', async () => {
      const post = await publisher.posts.add({ title: 'Two editors', markdown: 'First.' }) as Post;
      const first = await publisher.posts.edit({ id: post.id, updated_at: post.updated_at, markdown: 'Second.' }) as Post;
      assert.notEqual(first.updated_at, post.updated_at);
      const stale = await clientError(publisher.posts.edit({ id: post.id, updated_at: post.updated_at, markdown: 'Third.' }));
      assert.equal(stale.type, 'UpdateCollisionError');
      assert.equal((await publisher.posts.read({ id: post.id }) as Post)['markdown'], 'Second.');
    });

    test('malformed bodies get Ghost-shaped 422 or 400, never 500', async () => {
      const auth = () => ({ authorization: `Ghost ${signToken(publisherKey)}`, 'content-type': 'application/json' });
      const send = async (method: string, path: string, body: string) => {
        const response = await fetch(`${base}/ghost/api/admin/${path}`, { method, headers: auth(), body });
        return { status: response.status, error: ((await response.json()) as { errors: Array<{ type: string; property: string | null }> }).errors[0]! };
      };
      const noRoot = await send('POST', 'posts/', JSON.stringify({ title: 'No root key' }));
      assert.deepEqual([noRoot.status, noRoot.error.type, noRoot.error.property], [422, 'ValidationError', 'posts']);
      const badStatus = await send('POST', 'posts/', JSON.stringify({ posts: [{ title: 'x', status: 'live' }] }));
      assert.deepEqual([badStatus.status, badStatus.error.type, badStatus.error.property], [422, 'ValidationError', 'posts.0.status']);
      const noTitle = await send('POST', 'posts/', JSON.stringify({ posts: [{ markdown: 'No title' }] }));
      assert.deepEqual([noTitle.status, noTitle.error.type, noTitle.error.property], [422, 'ValidationError', 'title']);
      const notJson = await send('POST', 'posts/', '{"posts": [');
      assert.deepEqual([notJson.status, notJson.error.type], [400, 'BadRequestError']);
      const noUpdatedAt = await send('PUT', 'posts/1/', JSON.stringify({ posts: [{ title: 'x' }] }));
      assert.deepEqual([noUpdatedAt.status, noUpdatedAt.error.property], [422, 'posts.0.updated_at']);
      const badId = await send('PUT', 'posts/abc/', JSON.stringify({ posts: [{ title: 'x', updated_at: '2026-01-01T00:00:00Z' }] }));
      assert.ok([400, 422].includes(badId.status));
      assert.equal((await send('GET', 'posts/?limit=-5', undefined as unknown as string).catch(() => ({ status: 0 }))).status !== 500, true);
      const unknownTag = await send('POST', 'posts/', JSON.stringify({ posts: [{ title: 'x', tags: [{ id: 'tag-999999' }] }] }));
      assert.deepEqual([unknownTag.status, unknownTag.error.property], [422, 'tags']);
    });

    test('bad, expired, foreign or revoked tokens get 401; /site/ answers without one', async () => {
      const statusWith = async (authorization: string | null) => (await fetch(`${base}/ghost/api/admin/posts/`, { headers: authorization ? { authorization } : {} })).status;
      assert.equal(await statusWith(null), 401);
      assert.equal(await statusWith('Ghost not-a-token'), 401);
      const now = Math.floor(Date.now() / 1000);
      assert.equal(await statusWith(`Ghost ${signToken(publisherKey, { iat: now - 900, exp: now - 600 })}`), 401);
      assert.equal(await statusWith(`Ghost ${signToken(publisherKey, { iat: now, exp: now + 3600 })}`), 401, 'longer than five minutes');
      assert.equal(await statusWith(`Ghost ${signToken(publisherKey, { aud: '/content/' })}`), 401);
      const [id] = publisherKey.split(':');
      assert.equal(await statusWith(`Ghost ${signToken(`${id}:${'0'.repeat(64)}`)}`), 401, 'signed with another secret');
      assert.equal(await statusWith(`Ghost ${signToken(publisherKey)}`), 200);
      const error = await clientError(client(`${'a'.repeat(24)}:${'b'.repeat(64)}`).posts.browse());
      assert.equal(error.type, 'UnauthorizedError');

      const revoked = await site.services.adminApi.tokens.add('Old app', 'posts:write');
      assert.equal(await statusWith(`Ghost ${signToken(revoked.key)}`), 200);
      await site.services.adminApi.tokens.revoke(revoked.token.id);
      assert.equal(await statusWith(`Ghost ${signToken(revoked.key)}`), 401);

      const siteInfo = await publisher.site.read() as { title: string; url: string };
      assert.equal(siteInfo.url, 'http://dossier.test/');
      assert.equal((await fetch(`${base}/api/admin/site/`)).status, 200);
    });

    test('an edit through the API reaches the cached public page; publishing queues the WebSub ping', async () => {
      await site.services.settings.update({ websubHub: 'http://127.0.0.1:9/hub' });
      const pings = async () => (await site.site.store.repos.jobs.list({ kind: 'websub-ping', limit: 50 })).filter((j) => j.status === 'pending').length;
      assert.equal(await pings(), 0, 'no hub, no ping so far');
      const post = await publisher.posts.add({ title: 'Cached page', markdown: 'First wording.', status: 'published', tags: ['water'] }) as Post;
      assert.equal(await pings(), 1, 'a ping waits for the hub');
      const path = new URL(post.url).pathname;
      assert.match((await site.inject(path)).body, /First wording/);
      assert.match((await site.inject(path)).body, /First wording/, 'now served from the page cache');
      await publisher.posts.edit({ id: post.id, updated_at: post.updated_at, markdown: 'Second wording.' });
      const page = (await site.inject(path)).body;
      assert.match(page, /Second wording/);
      assert.doesNotMatch(page, /First wording/);
    });

    test('comments: list pending, approve and spam (Dossier extension); link health reads', async () => {
      const post = await publisher.posts.add({ title: 'With comments', markdown: 'Text.', status: 'published' }) as Post;
      const insert = (authorName: string) => site.site.store.repos.comments.insert({
        articleId: Number(post.id), parentId: null, authorName, authorEmail: 'r@example.org', authorUrl: null, body: `From ${authorName}`,
        bodyHtml: `<p>From ${authorName}</p>`, status: 'pending', createdAt: new Date().toISOString(), ipHash: 'x', authorTokenHash: null,
      });
      const [rosa, bot] = [await insert('Rosa'), await insert('Bot')];
      const headers = { authorization: `Ghost ${signToken(publisherKey)}`, 'content-type': 'application/json' };
      const listed = await (await fetch(`${base}/ghost/api/admin/comments/?status=pending`, { headers })).json() as { comments: Array<{ id: string; author_name: string; post_slug: string }> };
      assert.deepEqual(listed.comments.map((c) => c.author_name).sort(), ['Bot', 'Rosa']);
      assert.ok(!JSON.stringify(listed).includes('r@example.org'), 'never the commenter\'s email');
      const moderate = (id: number, status: string) => fetch(`${base}/ghost/api/admin/comments/${id}/`, { method: 'PUT', headers, body: JSON.stringify({ comments: [{ status }] }) });
      assert.equal((await moderate(rosa, 'approved')).status, 200);
      assert.equal((await moderate(bot, 'spam')).status, 200);
      assert.equal((await moderate(2147483000, 'spam')).status, 404);
      assert.equal((await moderate(rosa, 'deleted')).status, 422);
      assert.equal((await site.site.store.repos.comments.findById(rosa))?.status, 'approved');
      assert.equal((await site.site.store.repos.comments.findById(bot))?.status, 'spam');
      assert.match((await site.inject(new URL(post.url).pathname)).body, /From Rosa/);

      const links = await (await fetch(`${base}/ghost/api/admin/links/`, { headers })).json() as { links: { site: { total: number }; posts: Array<{ slug: string }> } };
      assert.ok(links.links.site.total >= 1, 'the notes\' cited links are counted');
    });

    test('sections (Dossier extension): add one under another, rename it, move it to the top; posts name it as a tag', async () => {
      const headers = { authorization: `Ghost ${signToken(publisherKey)}`, 'content-type': 'application/json' };
      const call = async (method: string, path: string, body?: object) => {
        const response = await fetch(`${base}/ghost/api/admin/${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
        return { status: response.status, json: await response.json() as { sections: Array<{ id: string; slug: string; name: string; parent: string | null }> } };
      };
      const added = await call('POST', 'sections/', { sections: [{ name: 'Groundwater', parent: 'water' }] });
      assert.equal(added.status, 201);
      const [section] = added.json.sections;
      assert.deepEqual([section!.slug, section!.parent], ['groundwater', 'water']);
      const moved = await call('PUT', `sections/${section!.id}/`, { sections: [{ name: 'Ground water', parent: null }] });
      assert.deepEqual([moved.json.sections[0]!.name, moved.json.sections[0]!.parent], ['Ground water', null]);
      assert.equal((await call('PUT', `sections/${section!.id}/`, { sections: [{ parent: 'no-such-section' }] })).status, 422);
      const post = await publisher.posts.add({ title: 'Wells', markdown: 'Text.', tags: [{ id: section!.id }] }) as Post;
      assert.equal(post['section'], 'groundwater');
    });

    test('pages: a standalone page is added, published and read at its address', async () => {
      const page = await publisher.pages.add({ title: 'About the desk', markdown: 'Who we are.', status: 'published', slug: 'about-the-desk' }) as Post;
      assert.equal(page.status, 'published');
      assert.equal(new URL(page.url).pathname.replace(/\/$/, ''), '/about-the-desk');
      assert.match((await site.inject('/about-the-desk')).body, /Who we are/);
      assert.ok((await publisher.pages.browse()).some((p: { id: string }) => p.id === page.id));
      assert.equal((await clientError(publisher.posts.read({ id: page.id }))).type, 'NotFoundError', 'a page is not a post');
    });

    test('unpublish and delete: a live post needs posts:publish to change or go', async () => {
      const live = await publisher.posts.add({ title: 'Live then gone', markdown: 'Text.', status: 'published' }) as Post;
      assert.equal((await site.inject(new URL(live.url).pathname)).statusCode, 200);
      assert.equal((await clientError(writer.posts.delete({ id: live.id }))).type, 'NoPermissionError');
      const back = await publisher.posts.edit({ id: live.id, updated_at: live.updated_at, status: 'draft' }) as Post;
      assert.equal(back.status, 'draft');
      assert.equal((await site.inject(new URL(live.url).pathname)).statusCode, 404);
      await writer.posts.delete({ id: live.id });
      assert.equal((await clientError(publisher.posts.read({ id: live.id }))).type, 'NotFoundError');
    });
  });
}
