import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { ENGINES } from '../support/databases.js';
import { cookiesOf, formTokenOf, postComment } from '../support/comments.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { rawRows } from '../support/raw-rows.js';
import { createTestSite, type TestSite } from '../support/site.js';

const PATH = '/2026/01/sand';
const doc = (html: string) => parseHTML(html).document as unknown as Document;

for (const engine of ENGINES) {
  describe(`comments: posting, moderation and threads (${engine})`, () => {
    let site: TestSite;
    let now = new Date('2026-06-01T12:00:00.000Z');
    const tick = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));
    let ip = 0;
    const nextIp = () => `198.51.100.${++ip}`;
    /** A token from the page, then the reader "types" for 10 seconds. */
    async function typedToken(path = PATH) {
      const token = await formTokenOf(site, path);
      tick(10);
      return token;
    }

    before(async () => {
      site = await createTestSite(engine, () => now);
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'sand', title: 'Sand' }));
      await site.services.articles.save(buildArticle({ slug: 'other', title: 'Other' }));
      await site.services.articles.save(buildArticle({ slug: 'draft-one', status: 'draft' }));
    });
    after(() => site.close());

    test('a first-time comment is held, shown only to its author marked "awaiting moderation"', async () => {
      const response = await postComment(site, PATH, { comment: 'First!\n\nSee https://example.org/report', url: 'example.net' }, { token: await typedToken(), ip: nextIp() });
      assert.equal(response.statusCode, 303);
      const match = /^\/2026\/01\/sand\?commented=pending#comment-(\d+)$/.exec(response.headers.location as string);
      assert.ok(match, String(response.headers.location));
      const id = Number(match[1]);
      const own = doc((await site.inject({ url: response.headers.location as string, headers: { cookie: cookiesOf(response) } })).body);
      const item = own.getElementById(`comment-${id}`);
      assert.ok(item, 'the author sees the pending comment');
      assert.match(item.querySelector('.comment-awaiting')?.textContent ?? '', /awaiting moderation/);
      assert.match(own.querySelector('[role="status"]')?.textContent ?? '', /awaiting moderation/);
      assert.equal(item.querySelector('.comment-content a')?.getAttribute('rel'), 'nofollow ugc noopener');
      assert.equal(item.querySelector('.comment-author a')?.getAttribute('href'), 'https://example.net/');
      const stranger = doc((await site.inject(PATH)).body);
      assert.equal(stranger.getElementById(`comment-${id}`), null, 'nobody else sees it');
      const guess = doc((await site.inject({ url: PATH, headers: { cookie: 'dossier_comment_token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } })).body);
      assert.equal(guess.getElementById(`comment-${id}`), null, 'a made-up token sees nothing');
      assert.deepEqual(await site.services.comments.setStatus([id], 'approved'), [id]);
      const after = doc((await site.inject(PATH)).body);
      assert.ok(after.getElementById(`comment-${id}`));
      assert.equal(after.querySelector('.article-meta a[href="#comments"]')?.textContent, '1 comment');
      assert.equal(after.querySelector('#comments h2')?.textContent, '1 comment');
      const home = doc((await site.inject('/')).body);
      assert.equal(home.querySelector('a.card-comments[href="/2026/01/sand#comments"]')?.textContent, '1 comment');
    });

    test('an email with an approved comment is trusted; name and email are remembered on request', async () => {
      const response = await postComment(site, PATH, { comment: 'Back again.', remember: '1' }, { token: await typedToken(), ip: nextIp() });
      assert.match(response.headers.location as string, /commented=approved#comment-\d+$/);
      const remember = response.cookies.find((c) => c.name === 'dossier_commenter');
      assert.equal(remember?.sameSite, 'Lax');
      const page = doc((await site.inject({ url: PATH, headers: { cookie: cookiesOf(response) } })).body);
      assert.equal(page.querySelector('input[name="author"]')?.getAttribute('value'), 'Rosa Diaz');
      assert.equal(page.querySelector('input[name="email"]')?.getAttribute('value'), 'rosa@example.org');
      const forgotten = await postComment(site, PATH, { comment: 'Third.' }, { token: await typedToken(), ip: nextIp(), cookie: cookiesOf(response) });
      assert.equal(forgotten.cookies.find((c) => c.name === 'dossier_commenter')?.value, '', 'unticked: the cookie is cleared');
    });

    test('each rule over HTTP: honeypot, too fast, forged token and disallowed words are spam; links hold it', async () => {
      await site.services.comments.updateSettings({ commentDisallowedWords: ['casino'] });
      const cases: Array<[string, Parameters<typeof postComment>[2], boolean, string]> = [
        ['honeypot', { website: 'http://bot.example', comment: 'honeypot' }, true, 'received'],
        ['forged token', { t: `${now.getTime() - 60_000}.${'x'.repeat(43)}`, comment: 'forged' }, true, 'received'],
        ['disallowed', { comment: 'Best CASINO here' }, true, 'received'],
        ['links', { comment: 'https://a.example https://b.example https://c.example' }, true, 'pending'],
        ['too fast', { comment: 'fast' }, false, 'received'],
      ];
      for (const [rule, fields, wait, expected] of cases) {
        const token = wait ? await typedToken() : await formTokenOf(site, PATH);
        const response = await postComment(site, PATH, fields, { token, ip: nextIp() });
        assert.equal(response.statusCode, 303, rule);
        assert.match(response.headers.location as string, new RegExp(`commented=${expected}`), rule);
      }
      const spam = await site.services.comments.list({ status: 'spam' });
      assert.deepEqual(spam.map((c) => c.body).sort(), ['Best CASINO here', 'fast', 'forged', 'honeypot']);
      await site.services.comments.updateSettings({ commentDisallowedWords: [] });
    });

    test('replies nest; past the depth limit a reply is refused with a clear message', async () => {
      await site.services.comments.updateSettings({ commentThreadDepth: 2, commentModeration: 'none' });
      const top = await postComment(site, '/2026/01/other', { comment: 'Top.' }, { token: await typedToken('/2026/01/other'), ip: nextIp() });
      const topId = /comment-(\d+)/.exec(top.headers.location as string)![1]!;
      const replyPage = doc((await site.inject(`/2026/01/other?replyto=${topId}`)).body);
      assert.match(replyPage.querySelector('.comment-respond h3')?.textContent ?? '', /^Reply to Rosa Diaz$/);
      assert.equal(replyPage.querySelector('input[name="parent"]')?.getAttribute('value'), topId);
      const reply = await postComment(site, '/2026/01/other', { comment: 'Reply.', parent: topId }, { token: await typedToken('/2026/01/other'), ip: nextIp() });
      const replyId = /comment-(\d+)/.exec(reply.headers.location as string)![1]!;
      const page = doc((await site.inject('/2026/01/other')).body);
      assert.ok(page.querySelector(`#comment-${topId} > ol.comment-replies > #comment-${replyId}`), 'the reply is nested');
      assert.equal(page.querySelector(`#comment-${replyId} .comment-reply`), null, 'no reply link at the limit');
      const tooDeep = await postComment(site, '/2026/01/other', { comment: 'Too deep, but kept.', parent: replyId }, { token: await typedToken('/2026/01/other'), ip: nextIp() });
      assert.equal(tooDeep.statusCode, 400);
      const refused = doc(tooDeep.body);
      assert.match(refused.querySelector('.form-errors')?.textContent ?? '', /Replies nest at most 2 deep/);
      assert.equal(refused.querySelector('textarea[name="comment"]')?.textContent, 'Too deep, but kept.');
      await site.services.comments.updateSettings({ commentThreadDepth: 5, commentModeration: 'first-time' });
    });

    test('bad fields re-render the page with every message and the text kept (400)', async () => {
      const long = 'Ünïcode text. '.repeat(800);
      const response = await postComment(site, PATH, { author: '', email: 'nope', url: 'javascript:alert(1)', comment: long }, { token: await typedToken(), ip: nextIp() });
      assert.equal(response.statusCode, 400);
      const page = doc(response.body);
      assert.equal(page.querySelector('textarea[name="comment"]')?.textContent, long);
      assert.match(page.querySelector('#sand-comment-body-error')?.textContent ?? '', /11,199 characters long; the limit is 10,000/);
      for (const field of ['name', 'email', 'website']) assert.ok(page.querySelector(`#sand-comment-${field}[aria-invalid="true"]`), field);
      assert.equal(page.querySelectorAll('.form-errors li').length, 4);
      assert.equal(page.querySelector('input[name="url"]')?.getAttribute('value'), 'javascript:alert(1)', 'shown back as text, never linked');
    });

    test('the rate limit answers 429 with when to try again and the text kept, per IP', async () => {
      const token = await typedToken();
      for (let i = 0; i < 5; i++) assert.equal((await postComment(site, PATH, { comment: `Quick ${i}` }, { token, ip: '192.0.2.50' })).statusCode, 303);
      const limited = await postComment(site, PATH, { comment: 'Sixth in a minute' }, { token, ip: '192.0.2.50' });
      assert.equal(limited.statusCode, 429);
      assert.ok(Number(limited.headers['retry-after']) > 0 && Number(limited.headers['retry-after']) <= 60);
      const page = doc(limited.body);
      assert.match(page.querySelector('.form-message')?.textContent ?? '', /wait \d+ seconds/);
      assert.equal(page.querySelector('textarea[name="comment"]')?.textContent, 'Sixth in a minute');
      assert.equal((await postComment(site, PATH, { comment: 'Another reader' }, { token, ip: '192.0.2.51' })).statusCode, 303);
      tick(61);
      assert.equal((await postComment(site, PATH, { comment: 'A minute later' }, { token, ip: '192.0.2.50' })).statusCode, 303);
    });

    test('comments on a draft, an unknown article, a closed thread or with a foreign parent are refused', async () => {
      const token = await typedToken();
      const draft = await postComment(site, '/2026/01/draft-one', { comment: 'x' }, { token, ip: nextIp() });
      assert.equal(draft.statusCode, 404);
      assert.equal((await postComment(site, '/2026/01/no-such', { comment: 'x' }, { token, ip: nextIp() })).statusCode, 404);
      await assert.rejects(
        site.services.comments.post({ articleSlug: 'draft-one', parentId: null, name: 'A', email: 'a@b.example', website: '', body: 'x', honeypot: '', formToken: token, ip: '1.2.3.4', viewerToken: null }),
        /no published article "draft-one"; comments are taken only on published articles/,
      );
      const [foreign] = await site.services.comments.list({ status: 'approved' }).then((l) => l.filter((c) => c.articleSlug === 'other'));
      const wrongParent = await postComment(site, PATH, { comment: 'Kept.', parent: String(foreign!.id) }, { token, ip: nextIp() });
      assert.equal(wrongParent.statusCode, 400);
      assert.match(doc(wrongParent.body).querySelector('.form-errors')?.textContent ?? '', /not a published comment on this article/);
      await site.services.comments.setOpen('sand', false);
      const closed = await postComment(site, PATH, { comment: 'Closed?' }, { token, ip: nextIp() });
      assert.equal(closed.statusCode, 403);
      assert.match(doc(closed.body).querySelector('.comments-closed')?.textContent ?? '', /Comments are closed on this article/);
      assert.equal(doc((await site.inject(PATH)).body).querySelector('form.comment-form'), null, 'no form on a closed article');
      await site.services.comments.setOpen('sand', true);
      await site.services.comments.updateSettings({ commentsCloseAfterDays: 30 });
      assert.equal((await postComment(site, PATH, { comment: 'Too late' }, { token, ip: nextIp() })).statusCode, 403, 'published in January, closed after 30 days');
      await site.services.comments.updateSettings({ commentsCloseAfterDays: 0 });
    });

    test('past 50 top-level comments the thread is paginated; replies stay with their thread', async () => {
      await site.services.articles.save(buildArticle({ slug: 'busy', title: 'Busy' }));
      await site.services.comments.updateSettings({ commentModeration: 'none', commentRateLimitPerMinute: 1000, commentMinFillSeconds: 0 });
      const token = await formTokenOf(site, '/2026/01/busy');
      const ids: string[] = [];
      for (let i = 1; i <= 52; i++) {
        tick(1);
        const r = await postComment(site, '/2026/01/busy', { comment: `Number ${i}` }, { token, ip: nextIp() });
        ids.push(/comment-(\d+)/.exec(r.headers.location as string)![1]!);
      }
      const last = await postComment(site, '/2026/01/busy', { comment: 'Reply on page 2', parent: ids[51]! }, { token, ip: nextIp() });
      assert.match(last.headers.location as string, /\?cpage=2&commented=approved#comment-\d+$/);
      const first = doc((await site.inject('/2026/01/busy')).body);
      assert.equal(first.querySelectorAll('.comment-list:not(.comment-replies) > li').length, 50);
      assert.equal(first.querySelector('nav[aria-label="Comment pages"] a[rel="next"]')?.getAttribute('href'), '/2026/01/busy?cpage=2#comments');
      assert.equal(first.querySelector('#comments h2')?.textContent, '53 comments');
      const second = doc((await site.inject('/2026/01/busy?cpage=2')).body);
      assert.equal(second.querySelectorAll('.comment-list:not(.comment-replies) > li').length, 2);
      assert.ok(second.querySelector(`#comment-${ids[51]} .comment-replies`));
      assert.equal((await site.inject('/2026/01/busy?cpage=3')).statusCode, 404);
      assert.equal((await site.inject('/2026/01/busy?cpage=x')).statusCode, 404);
      const located = await site.inject(`/comments/${ids[51]}`);
      assert.equal(located.statusCode, 302);
      assert.equal(located.headers.location, `/2026/01/busy?cpage=2#comment-${ids[51]}`);
      await site.services.comments.updateSettings({ commentOrder: 'newest' });
      assert.equal((await site.inject(`/comments/${ids[51]}`)).headers.location, `/2026/01/busy#comment-${ids[51]}`, 'newest first: page 1');
      await site.services.comments.updateSettings({ commentOrder: 'oldest', commentModeration: 'first-time', commentRateLimitPerMinute: 5, commentMinFillSeconds: 3 });
    });

    test('feeds list approved comments only, and no email anywhere in pages or feeds', async () => {
      const feed = await site.inject('/comments/feed.xml');
      assert.equal(feed.statusCode, 200);
      assert.match(feed.headers['content-type'] as string, /application\/rss\+xml/);
      assert.match(feed.body, /<rss version="2.0"/);
      assert.equal((feed.body.match(/<item>/g) ?? []).length, 50, 'the newest 50');
      assert.match(feed.body, /Rosa Diaz on “Busy”/);
      const sand = (await site.inject('/2026/01/sand/comments.xml')).body;
      assert.match(sand, /Back again\./);
      assert.doesNotMatch(sand, /https:\/\/c\.example|CASINO/, 'held and spam comments are not in feeds');
      const article = await site.inject('/2026/01/busy/comments.xml');
      assert.equal((article.body.match(/<item>/g) ?? []).length, 50);
      assert.doesNotMatch(article.body, /Sand”/);
      assert.equal((await site.inject('/2026/01/draft-one/comments.xml')).statusCode, 404);
      for (const body of [feed.body, article.body, (await site.inject(PATH)).body, (await site.inject('/2026/01/busy')).body]) {
        assert.doesNotMatch(body, /rosa@example\.org/);
      }
    });

    test('IP addresses are stored only as salted hashes; the salt survives in settings', async () => {
      const settings = await site.site.store.repos.settings.all();
      assert.match(String(settings['ipHashSalt']), /^[0-9a-f]{64}$/);
      for (const [table, column, atLeast] of [['comments', 'ip_hash', 10], ['attempt_counters', 'key', 1]] as const) {
        const rows = await rawRows(site.database, table);
        assert.ok(rows.length >= atLeast, table);
        assert.ok(rows.every((row) => /^[0-9a-f]{64}$/.test(String(row[column]))), `${table}: hashes only`);
        assert.doesNotMatch(JSON.stringify(rows), /192\.0\.2\.|198\.51\.100\.|203\.0\.113\./, `${table}: no address`);
      }
      const comments = await rawRows(site.database, 'comments');
      assert.ok(comments.every((row) => row['author_token_hash'] === null || /^[0-9a-f]{64}$/.test(String(row['author_token_hash']))), 'browser tokens hashed');
    });
  });
}
