import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { createTestSite, type TestSite } from '../support/site.js';

let now = new Date('2026-06-01T12:00:00.000Z');
const clock = () => now;
const BODY = 'Reservoirs hold water.[^res] Pipes carry it.[^pipe]\n\n[^res]: Water Board. *Reservoirs*. 2020.\n[^pipe]: Smith, J. *Pipes*. 2019.\n';
const form = (overrides: Record<string, string> = {}) => ({ title: 'Water in the hills', body: BODY, section: 'water', author1: 'ada', ...overrides });
const doc = (html: string) => parseHTML(html).document;
const idFrom = (location: unknown) => Number(/\/admin\/articles\/(\d+)/.exec(String(location))![1]);

for (const engine of ENGINES) {
  describe(`admin editor (${engine})`, () => {
    let site: TestSite;
    let editor: AdminSession;
    let author: AdminSession;
    let contributor: AdminSession;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      editor = await userWithRole(site, 'editor');
      author = await userWithRole(site, 'author', 'ben');
      contributor = await userWithRole(site, 'contributor');
    });
    after(async () => {
      await site.close();
      now = new Date('2026-06-01T12:00:00.000Z');
    });

    test('the share card and caption: saved from the editor, used in the share tags; a bad image address is refused and nothing changes', async () => {
      const created = await editor.post('/admin/articles', form({ title: 'Shared water', action: 'publish', ogTitle: 'Water, shared', ogDescription: 'What the hills hold.', ogImage: 'https://images.example.org/og.png', twitterTitle: '', twitterImage: '' }));
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      const id = idFrom(created.headers.location);
      const { document } = await site.page('/2026/06/shared-water');
      const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content');
      assert.equal(meta('meta[property="og:title"]'), 'Water, shared');
      assert.equal(meta('meta[property="og:description"]'), 'What the hills hold.');
      assert.equal(meta('meta[property="og:image"]'), 'https://images.example.org/og.png');
      assert.equal(meta('meta[name="twitter:title"]'), 'Water, shared', 'an empty Twitter title falls back to Open Graph');
      assert.equal(meta('meta[name="twitter:image"]'), 'https://images.example.org/og.png');
      const edit = doc((await editor.get(`/admin/articles/${id}`)).body);
      assert.equal(edit.querySelector('input[name="ogTitle"]')?.getAttribute('value'), 'Water, shared');
      const bad = await editor.post(`/admin/articles/${id}`, form({ title: 'Shared water', version: '1', ogTitle: 'Changed', ogImage: 'javascript:alert(1)' }));
      assert.equal(bad.statusCode, 400);
      assert.ok(doc(bad.body).querySelector('#field-ogImage-error, [id*="ogImage"]'), 'the error names the field');
      assert.equal((await site.site.store.repos.editorial.find(id))?.shareCard?.ogTitle, 'Water, shared', 'nothing written');
    });

    test('an article with two notes is written, published and read on the public site', async () => {
      const created = await editor.post('/admin/articles', form({ action: 'publish', tags: 'pipes', author2: 'ben' }));
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      assert.match(String(created.headers.location), /\?done=published$/);
      const { document } = await site.page('/2026/06/water-in-the-hills');
      assert.equal(document.querySelector('h1')?.textContent, 'Water in the hills');
      assert.equal(document.querySelectorAll('.notes-list > li').length, 2);
      assert.equal(document.querySelector('.byline')?.textContent, 'By Ada Brook and Ben Okafor');
      const page = await editor.get(String(created.headers.location));
      assert.match(page.body, /Published\./);
      assert.equal(doc(page.body).querySelector('input[name="version"]')?.getAttribute('value'), '1');
    });

    test('a form with bad input answers 400 with field messages and keeps what was typed', async () => {
      const response = await editor.post('/admin/articles', form({ title: '', slug: 'Bad Slug!', body: 'Kept text' }));
      assert.equal(response.statusCode, 400);
      const d = doc(response.body);
      assert.match(d.querySelector('#field-title-error')?.textContent ?? '', /Enter a title/);
      assert.equal(d.querySelector('#field-body')?.textContent, 'Kept text');
      assert.equal(d.querySelector('#field-slug')?.getAttribute('value'), 'Bad Slug!');
      const slug = await editor.post('/admin/articles', form({ slug: 'Bad Slug!' }));
      assert.equal(slug.statusCode, 400);
      assert.match(doc(slug.body).querySelector('#field-slug-error')?.textContent ?? '', /not valid/);
    });

    test('publishing with citation errors lists them and keeps the text', async () => {
      const broken = 'Claim.[^missing]\n';
      const response = await editor.post('/admin/articles', form({ title: 'Broken notes', body: broken, action: 'publish' }));
      assert.equal(response.statusCode, 400);
      const d = doc(response.body);
      assert.match(d.querySelector('#error-summary')?.textContent ?? '', /Line 1, column \d+: The marker \[\^missing\] has no note/);
      assert.equal(d.querySelector('#field-body')?.textContent, broken);
      assert.equal(d.querySelectorAll('#lint-list li').length, 1);
    });

    test('a contributor cannot publish, even with a crafted POST; nothing changes', async () => {
      const before = await site.services.articles.list({ kind: 'user', id: 0, role: 'administrator', name: '', authorId: null });
      const crafted = await contributor.post('/admin/articles', form({ title: 'Sneaky', action: 'publish' }));
      assert.equal(crafted.statusCode, 403);
      const draft = await contributor.post('/admin/articles', form({ title: 'Contributor draft' }));
      assert.equal(draft.statusCode, 303);
      const id = idFrom(draft.headers.location);
      const editorPage = doc((await contributor.get(`/admin/articles/${id}`)).body);
      assert.deepEqual([...editorPage.querySelectorAll('button[name="action"]')].map((b) => b.getAttribute('value')), ['save'], 'no publish button');
      const publish = await contributor.post(`/admin/articles/${id}`, form({ title: 'Contributor draft', action: 'publish', version: '1' }));
      assert.equal(publish.statusCode, 403);
      const after = await site.services.articles.list({ kind: 'user', id: 0, role: 'administrator', name: '', authorId: null });
      assert.equal(after.total, before.total + 1, 'only the draft was added');
      assert.equal(after.items.find((a) => a.id === id)?.status, 'draft');
      assert.equal(after.items.find((a) => a.id === id)?.version, 1);
    });

    test('an author cannot edit another’s article; nothing changes', async () => {
      const created = await editor.post('/admin/articles', form({ title: 'Editor piece', action: 'publish' }));
      const id = idFrom(created.headers.location);
      assert.equal((await author.get(`/admin/articles/${id}`)).statusCode, 403);
      const attempt = await author.post(`/admin/articles/${id}`, form({ title: 'Hijacked', version: '1' }));
      assert.equal(attempt.statusCode, 403);
      assert.equal((await site.services.reader.article('editor-piece')).article.title, 'Editor piece');
      const own = await author.post('/admin/articles', form({ title: 'Bylined to Ben', author1: 'ben', action: 'publish' }));
      assert.equal(own.statusCode, 303, 'an author publishes their own work');
    });

    test('preview shows a draft as readers will see it, to those who may edit it', async () => {
      const created = await editor.post('/admin/articles', form({ title: 'Draft preview' }));
      const id = idFrom(created.headers.location);
      const page = await editor.get(`/admin/articles/${id}/preview`);
      assert.equal(page.statusCode, 200);
      assert.equal(doc(page.body).querySelector('h1')?.textContent, 'Draft preview');
      assert.equal(doc(page.body).querySelectorAll('.notes-list > li').length, 2);
      assert.equal((await author.get(`/admin/articles/${id}/preview`)).statusCode, 403);
      assert.match(String((await site.inject(`/admin/articles/${id}/preview`)).headers.location), /^\/admin\/login\?next=/);
      assert.equal((await site.inject('/2026/06/draft-preview')).statusCode, 404, 'still not public');
    });

    test('a state-changing request without a valid CSRF token answers 403 and changes nothing', async () => {
      const count = async () => (await site.services.articles.list({ kind: 'user', id: 0, role: 'administrator', name: '', authorId: null })).total;
      const before = await count();
      assert.equal((await editor.post('/admin/articles', form({ title: 'No token' }), { csrf: false })).statusCode, 403);
      assert.equal((await editor.post('/admin/articles', form({ title: 'Bad token' }), { csrf: 'x'.repeat(43) })).statusCode, 403);
      const json = await site.inject({ method: 'POST', url: '/admin/preview', headers: { 'content-type': 'application/json', cookie: editor.cookie }, payload: '{"body":"x"}' });
      assert.equal(json.statusCode, 403);
      assert.equal(await count(), before);
    });

    test('a stale save is refused with who and when, and the typed text is kept', async () => {
      const created = await editor.post('/admin/articles', form({ title: 'Two tabs' }));
      const id = idFrom(created.headers.location);
      const first = await editor.post(`/admin/articles/${id}`, form({ title: 'Two tabs', body: 'Tab A text.', version: '1' }));
      assert.equal(first.statusCode, 303);
      const stale = await editor.post(`/admin/articles/${id}`, form({ title: 'Two tabs', body: 'Tab B text.', version: '1' }));
      assert.equal(stale.statusCode, 409);
      const d = doc(stale.body);
      assert.match(d.querySelector('#conflict')?.textContent ?? '', /changed since you opened it \(by Editor Person at 2026-06-01 12:00 UTC\)\. Your text is kept below/);
      assert.equal(d.querySelector('#field-body')?.textContent, 'Tab B text.');
      assert.equal(d.querySelector('input[name="version"]')?.getAttribute('value'), '1', 'saving again is refused again');
      const opened = await site.services.articles.open({ kind: 'user', id: editor.userId, role: 'editor', name: '', authorId: null }, id);
      assert.equal(opened.article?.bodyMarkdown, 'Tab A text.');
      const autosave = await editor.post(`/admin/articles/${id}/autosave`, form({ title: 'Two tabs', body: 'Tab B again', version: '1' }));
      assert.equal(autosave.statusCode, 409);
      assert.match(JSON.parse(autosave.body).message, /changed since you opened it/);
    });

    test('autosave keeps a draft as a new version, and a published article as a revision only', async () => {
      const created = await editor.post('/admin/articles', form({ title: 'Autosaved' }));
      const id = idFrom(created.headers.location);
      const saved = JSON.parse((await editor.post(`/admin/articles/${id}/autosave`, form({ title: 'Autosaved', body: 'Draft v2', version: '1' }))).body);
      assert.deepEqual([saved.version, saved.kept], [2, 'article']);
      await editor.post(`/admin/articles/${id}`, form({ title: 'Autosaved', body: BODY, version: '2', action: 'publish' }));
      const kept = JSON.parse((await editor.post(`/admin/articles/${id}/autosave`, form({ title: 'Autosaved', body: 'Unfinished change', version: '3' }))).body);
      assert.deepEqual([kept.version, kept.kept], [3, 'revision']);
      assert.equal((await site.services.reader.article('autosaved')).article.bodyMarkdown, BODY, 'readers still see the published text');
    });

    test('every save keeps a revision; two compare as a line diff; restoring saves again', async () => {
      const created = await editor.post('/admin/articles', form({ title: 'Revised', body: 'Line one.\nLine two.\n' }));
      const id = idFrom(created.headers.location);
      await editor.post(`/admin/articles/${id}`, form({ title: 'Revised again', body: 'Line one.\nLine 2.\n', version: '1' }));
      const list = doc((await editor.get(`/admin/articles/${id}/revisions`)).body);
      const ids = [...list.querySelectorAll('input[name="to"]')].map((i) => i.getAttribute('value'));
      assert.equal(ids.length, 2);
      const diff = await editor.get(`/admin/articles/${id}/revisions/compare?from=${ids[1]}&to=${ids[0]}`);
      assert.equal(diff.statusCode, 200);
      const d = doc(diff.body);
      assert.equal(d.querySelector('.diff del')?.textContent, 'Removed: Line two.\n');
      assert.equal(d.querySelector('.diff ins')?.textContent, 'Added: Line 2.\n');
      assert.match(d.querySelector('table')?.textContent ?? '', /titleRevisedRevised again/);
      const restored = await editor.post(`/admin/articles/${id}/revisions/${ids[1]}/restore`, { version: '2' });
      assert.equal(restored.statusCode, 303);
      const opened = await site.services.articles.open({ kind: 'user', id: editor.userId, role: 'editor', name: '', authorId: null }, id);
      assert.deepEqual([opened.article?.title, opened.article?.bodyMarkdown, opened.editorial?.version], ['Revised', 'Line one.\nLine two.\n', 3]);
    });

    test('an article written before the admin keeps its first state as a revision when edited', async () => {
      const { id } = await site.services.articles.save({ title: 'Imported', slug: 'imported', body: 'Original text.', status: 'draft', sectionSlug: 'water' });
      assert.equal((await editor.post(`/admin/articles/${id}`, form({ title: 'Imported', body: 'Edited text.', version: '1' }))).statusCode, 303);
      const { revisions } = await site.services.articles.revisions({ kind: 'user', id: editor.userId, role: 'editor', name: '', authorId: null }, id);
      assert.deepEqual(revisions.map((r) => [r.version, r.bodyMarkdown]), [[2, 'Edited text.'], [1, 'Original text.']]);
      assert.equal(revisions[1]!.fields.sectionSlug, 'water');
    });

    test('a correction appears on the public page and moves dateModified', async () => {
      const created = await editor.post('/admin/articles', form({ title: 'Corrected piece', action: 'publish', publishedAt: '2026-05-01T09:00' }));
      const id = idFrom(created.headers.location);
      const ld = async () => {
        const { document } = await site.page('/2026/05/corrected-piece');
        const docs = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
        return { document, article: docs.find((x) => x['@type'] === 'NewsArticle') };
      };
      const before = await ld();
      assert.equal(before.article.datePublished, '2026-05-01T09:00:00.000Z');
      const empty = await editor.post(`/admin/articles/${id}/corrections`, { kind: 'correction', text: '' });
      assert.equal(empty.statusCode, 400);
      assert.match(doc(empty.body).querySelector('#field-text-error')?.textContent ?? '', /Write what was corrected/);
      now = new Date('2026-06-02T08:30:00.000Z');
      const added = await editor.post(`/admin/articles/${id}/corrections`, { kind: 'correction', date: '2026-05-03', text: 'An earlier version misnamed the reservoir.' });
      assert.equal(added.statusCode, 303);
      const after = await ld();
      assert.equal(after.document.querySelector('.corrections li')?.textContent, 'Correction, May 3, 2026: An earlier version misnamed the reservoir.');
      assert.equal(after.document.querySelector('.corrections time')?.getAttribute('datetime'), '2026-05-03T00:00:00.000Z');
      assert.equal(before.article.dateModified, '2026-06-01T12:00:00.000Z');
      assert.equal(after.article.dateModified, '2026-06-02T08:30:00.000Z');
      assert.match(after.document.querySelector('.article-meta')?.textContent ?? '', /Updated June 2, 2026/);
      assert.equal((await contributor.post(`/admin/articles/${id}/corrections`, { kind: 'update', text: 'x' })).statusCode, 403);
    });

    test('preview renders with the public pipeline and returns lint with positions; renumber relabels', async () => {
      const preview = JSON.parse((await editor.json('/admin/preview', { body: 'A.[^z] B.[^gone]\n\n[^z]: Source.\n' })).body);
      assert.match(preview.html, /<sup class="note-ref"><a href="#preview-note-1" id="preview-ref-1-1" role="doc-noteref">\[1\]<\/a><\/sup>/);
      assert.match(preview.html, /class="notes-list"/);
      assert.deepEqual(preview.diagnostics.map((d: { rule: string; line: number }) => [d.rule, d.line]), [['marker-without-note', 1]]);
      const renumbered = JSON.parse((await editor.json('/admin/footnotes/renumber', { body: 'A[^b] B[^a]\n\n[^a]: x\n[^b]: y\n' })).body);
      assert.equal(renumbered.body, 'A[^1] B[^2]\n\n[^1]: y\n[^2]: x\n');
    });

    test('the editor API answers bad input with the one JSON error shape, naming the field', async () => {
      const missing = await editor.json('/admin/preview', { text: 'no body here' });
      assert.equal(missing.statusCode, 400);
      assert.match(String(missing.headers['content-type']), /^application\/json/);
      const body = JSON.parse(missing.body) as { error: string; message: string; field?: string };
      assert.equal(body.field, 'body');
      assert.equal(body.error, 'That request was not understood');
      assert.match(body.message, /^body: /);
      const created = await editor.post('/admin/articles', form({ title: 'Autosave me' }));
      const autosave = await editor.post(`/admin/articles/${idFrom(created.headers.location)}/autosave`, form({ title: '', version: '1' }));
      assert.equal(autosave.statusCode, 400);
      assert.deepEqual(JSON.parse(autosave.body), { error: 'That request was not understood', message: 'Not autosaved: title: Enter a title.', field: 'title' });
    });

    test('the dashboard shows drafts, scheduled articles, pending comments, citation health and failed jobs', async () => {
      await editor.post('/admin/articles', form({ title: 'Later piece', action: 'schedule', publishedAt: '2026-07-01T08:00' }));
      await editor.post('/admin/articles', form({ title: 'Draft with a gap', body: 'Claim.[^nope]' }));
      await site.services.jobs.enqueue({ kind: 'mystery-job' });
      await site.worker.drain();
      const d = doc((await editor.get('/admin')).body);
      assert.match(d.querySelector('[aria-labelledby="scheduled-heading"]')?.textContent ?? '', /Later piece.*Publishes 1 Jul 2026, 08:00 UTC/);
      assert.match(d.querySelector('[aria-labelledby="drafts-heading"]')?.textContent ?? '', /Draft with a gap/);
      assert.match(d.querySelector('[data-card="pending-comments"]')?.textContent ?? '', /0 waiting/);
      assert.match(d.querySelector('[aria-labelledby="citations-heading"]')?.textContent ?? '', /Draft with a gap.*1 error/);
      assert.match(d.querySelector('[aria-labelledby="jobs-heading"]')?.textContent ?? '', /mystery-job.*No handler for job kind/);
      const mine = doc((await contributor.get('/admin')).body);
      assert.doesNotMatch(mine.querySelector('[aria-labelledby="drafts-heading"]')?.textContent ?? '', /Draft with a gap/, 'contributors see their own');
    });

    test('times are typed and shown in the site\'s time zone, and stored as UTC', async () => {
      const before = await site.services.settings.get();
      await site.services.settings.update({ timeZone: 'Asia/Tokyo' });
      try {
        const created = await editor.post('/admin/articles', form({ title: 'Late evening in Tokyo', action: 'schedule', publishedAt: '2026-07-02T01:30' }));
        assert.equal(created.statusCode, 303, created.body.slice(0, 400));
        const id = idFrom(created.headers.location);
        const page = doc((await editor.get(`/admin/articles/${id}`)).body);
        assert.equal(page.querySelector('#field-publishedAt')?.getAttribute('value'), '2026-07-02T01:30', 'shown again as Tokyo time');
        assert.match(page.querySelector('label[for="field-publishedAt"]')?.textContent ?? '', /Asia\/Tokyo/);
        now = new Date('2026-07-01T17:00:00.000Z');
        await site.services.jobs.enqueue({ kind: 'publish-scheduled' });
        await site.worker.drain();
        const { document } = await site.page('/2026/07/late-evening-in-tokyo');
        const time = document.querySelector('article time');
        assert.equal(time?.getAttribute('datetime'), '2026-07-01T16:30:00.000Z', 'typed as Tokyo time, kept as UTC');
        assert.equal(time?.textContent, 'July 2, 2026', 'the public date is the Tokyo date, not the UTC one');
      } finally {
        await site.services.settings.update({ timeZone: before.timeZone });
        now = new Date('2026-06-01T12:00:00.000Z');
      }
    });

    test('only administrators reach settings and users; editors reach structure; contributors neither', async () => {
      assert.equal((await editor.get('/admin/settings')).statusCode, 403);
      assert.equal((await editor.post('/admin/settings', { title: 'Taken over' })).statusCode, 403);
      assert.equal((await editor.get('/admin/users')).statusCode, 403);
      assert.equal((await editor.get('/admin/sections')).statusCode, 200);
      assert.equal((await contributor.get('/admin/sections')).statusCode, 403);
      assert.equal((await contributor.get('/admin/media')).statusCode, 403);
    });
  });
}
