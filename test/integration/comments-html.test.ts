import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cookiesOf, formTokenOf, postComment } from '../support/comments.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { htmlValidator } from '../support/html-validator.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Rendering does not depend on the engine.
const validator = htmlValidator();

describe('article pages with comments are valid HTML', () => {
  let site: TestSite;
  const pages = new Map<string, string>();
  before(async () => {
    site = await createTestSite('sqlite');
    await seedStructure(site.services);
    await site.services.articles.save(buildArticle({ slug: 'talk' }));
    await site.services.comments.updateSettings({ commentMinFillSeconds: 0, commentModeration: 'none', commentThreadDepth: 2 });
    const path = '/2026/01/talk';
    const token = await formTokenOf(site, path);
    const first = await postComment(site, path, { comment: 'First\n\nhttps://example.org', url: 'https://rosa.example' }, { token });
    const id = /comment-(\d+)/.exec(first.headers.location as string)![1]!;
    await postComment(site, path, { comment: 'Reply', parent: id }, { token });
    await site.services.comments.updateSettings({ commentModeration: 'all' });
    const pending = await postComment(site, path, { comment: 'Pending <b>' }, { token });
    pages.set('thread, pending, notice', (await site.inject({ url: pending.headers.location as string, headers: { cookie: cookiesOf(pending) } })).body);
    pages.set('reply form', (await site.inject(`${path}?replyto=${id}`)).body);
    pages.set('errors', (await postComment(site, path, { comment: '', email: 'x', url: 'javascript:x' }, { token })).body);
    await site.services.comments.setOpen('talk', false);
    pages.set('closed', (await site.inject(path)).body);
  });
  after(() => site.close());

  test('html-validate finds no error', async () => {
    for (const [name, html] of pages) {
      const report = await validator.validateString(html);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
      assert.deepEqual(messages, [], name);
    }
  });
});
