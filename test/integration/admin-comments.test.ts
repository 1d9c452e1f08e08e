import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { signIn, userWithRole, PASSWORD, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const doc = (html: string) => parseHTML(html).document;

for (const engine of ENGINES) {
  describe(`admin: comment moderation and settings (${engine})`, () => {
    let site: TestSite;
    let editor: AdminSession;
    let pendingId: number;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      await seedStructure(site.services);
      const { id } = await site.services.articles.save(buildArticle({ slug: 'levy' }));
      pendingId = await site.site.store.repos.comments.insert({
        articleId: id, parentId: null, authorName: 'Noor <script>', authorEmail: 'noor@example.org', authorUrl: null,
        body: 'Is the levy audited?', bodyHtml: '<p>Is the levy audited?</p>', status: 'pending', createdAt: '2026-05-30T10:00:00.000Z', ipHash: 'h', authorTokenHash: null,
      });
      await site.services.accounts.add({ email: 'editor@example.org', name: 'Eda Editor', role: 'editor', password: PASSWORD, authorSlug: null });
      editor = await signIn(site, 'editor@example.org');
    });
    after(() => site.close());

    test('editors see pending comments and approve one; it appears on the article', async () => {
      const list = await editor.get('/admin/comments');
      assert.equal(list.statusCode, 200);
      const page = doc(list.body);
      assert.match(page.querySelector(`#comment-${pendingId}`)?.textContent ?? '', /Noor <script>.*noor@example\.org/s);
      assert.doesNotMatch(list.body, /<script>/, 'names are escaped');
      assert.match(page.querySelector('nav.tabs a[aria-current="page"]')?.textContent ?? '', /Pending \(1\)/);
      const done = await editor.post('/admin/comments', { id: String(pendingId), status: 'approved', from: 'pending' });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, '/admin/comments?status=pending&done=approved');
      const article = await site.page('/2026/01/levy');
      assert.match(article.document.querySelector(`#comment-${pendingId}`)?.textContent ?? '', /Is the levy audited\?/);
    });

    test('a contributor may not moderate, and a post without the CSRF token changes nothing', async () => {
      const contributor = await userWithRole(site, 'contributor');
      assert.equal((await contributor.get('/admin/comments')).statusCode, 403);
      assert.equal((await contributor.post('/admin/comments', { id: String(pendingId), status: 'spam' })).statusCode, 403);
      assert.equal((await editor.post('/admin/comments', { id: String(pendingId), status: 'trash' }, { csrf: false })).statusCode, 403);
      const [comment] = (await site.services.comments.list({ limit: 10 })).filter((c) => c.id === pendingId);
      assert.equal(comment?.status, 'approved');
    });

    test('comment settings are saved from the settings screen', async () => {
      const admin = await userWithRole(site, 'administrator');
      const form = doc((await admin.get('/admin/settings')).body);
      assert.equal(form.querySelector('#field-commentModeration')?.tagName, 'SELECT');
      const saved = await admin.post('/admin/settings', {
        title: 'River Desk', description: 'd', language: 'en', timeZone: 'UTC', postsPerPage: '10', permalinkPattern: '/:year/:month/:slug', citationStyle: 'chicago-notes-bibliography',
        commentModeration: 'all', commentsCloseAfterDays: '30', commentThreadDepth: '3', commentOrder: 'newest', commentsPerPage: '20', commentMaxLinks: '1',
        commentMinFillSeconds: '2', commentRateLimitPerMinute: '4', commentDisallowedWords: 'casino\n  lottery  \n', moderatorEmails: 'mods@example.org',
      });
      assert.equal(saved.statusCode, 303);
      const settings = await site.services.settings.get();
      assert.equal(settings.commentsEnabled, false, 'the unticked box turns comments off');
      assert.deepEqual([settings.commentModeration, settings.commentsCloseAfterDays, settings.commentThreadDepth, settings.commentOrder], ['all', 30, 3, 'newest']);
      assert.deepEqual(settings.commentDisallowedWords, ['casino', 'lottery']);
      assert.deepEqual(settings.moderatorEmails, ['mods@example.org']);
      const bad = await admin.post('/admin/settings', {
        title: 'River Desk', description: 'd', language: 'en', timeZone: 'UTC', postsPerPage: '10', permalinkPattern: '/:year/:month/:slug', citationStyle: 'chicago-notes-bibliography',
        commentModeration: 'all', commentsCloseAfterDays: 'soon', commentThreadDepth: '3', commentOrder: 'newest', commentsPerPage: '20', commentMaxLinks: '1',
        commentMinFillSeconds: '2', commentRateLimitPerMinute: '4', moderatorEmails: 'not an email',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(doc(bad.body).querySelector('#field-commentsCloseAfterDays-error')?.textContent ?? '', /number of days/);
    });
  });
}
