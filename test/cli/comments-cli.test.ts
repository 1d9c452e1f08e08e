import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSite } from '../../src/main.js';
import { runCli } from '../support/cli.js';
import { buildArticle, seedStructure } from '../support/factories.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-comments-cli-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'comments.db')}` };
const ids: number[] = [];

describe('dossier comments', () => {
  before(async () => {
    const site = await openSite({ engine: 'sqlite', path: join(dir, 'comments.db') }, () => new Date('2026-06-01T12:00:00.000Z'));
    try {
      await seedStructure(site.services);
      await site.services.articles.save(buildArticle({ slug: 'sand' }));
      await site.services.comments.updateSettings({ commentMinFillSeconds: 0 });
      const base = { articleSlug: 'sand', email: 'rosa@example.org', website: '', honeypot: '', ip: '127.0.0.1', viewerToken: null };
      const token = (await site.services.reader.article('sand')).comments.formToken!;
      for (const [name, body, parentIndex] of [['Rosa', 'First', null], ['Ben', 'Second\nline', null], ['Rosa', 'A reply', 0]] as const) {
        const parentId = parentIndex === null ? null : ids[parentIndex]!;
        if (parentId) await site.services.comments.setStatus([parentId], 'approved');
        ids.push((await site.services.comments.post({ ...base, name, body, parentId, formToken: token })).commentId);
      }
    } finally {
      await site.close();
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('list --json prints id, article, parent, author, status, body, createdAt', () => {
    const result = runCli(['comments', 'list', '--json'], env);
    assert.equal(result.status, 0, result.stderr);
    const rows = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(rows[0]), ['id', 'article', 'parent', 'author', 'status', 'body', 'createdAt']);
    assert.deepEqual(rows.map((r: { id: number }) => r.id), [...ids].reverse());
    assert.deepEqual(rows[0], { id: ids[2], article: 'sand', parent: ids[0], author: 'Rosa', status: 'approved', body: 'A reply', createdAt: '2026-06-01T12:00:00.000Z' });
    assert.equal(rows[1].parent, null);
    assert.doesNotMatch(result.stdout, /example\.org/, 'no email in the JSON');
  });

  test('approve, spam and trash change statuses; --status filters', () => {
    assert.match(runCli(['comments', 'approve', String(ids[1]), String(ids[2])], env).stdout, new RegExp(`Approved: #${ids[1]}, #${ids[2]}\\.`));
    assert.match(runCli(['comments', 'spam', String(ids[2])], env).stdout, /Marked as spam/);
    assert.match(runCli(['comments', 'trash', String(ids[1])], env).stdout, /Trashed/);
    const approved = JSON.parse(runCli(['comments', 'list', '--status', 'approved', '--json'], env).stdout);
    assert.deepEqual(approved.map((r: { id: number }) => r.id), [ids[0]]);
    const text = runCli(['comments', 'list', '--status', 'spam'], env).stdout;
    assert.match(text, new RegExp(`^#${ids[2]} spam .* on sand reply to #${ids[0]} by Rosa`));
  });

  test('an unknown id changes nothing and says so; a bad status or id is refused', () => {
    const result = runCli(['comments', 'approve', String(ids[1]), '999'], env);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^dossier: There is no comment 999; nothing was changed\./);
    assert.equal(JSON.parse(runCli(['comments', 'list', '--status', 'trash', '--json'], env).stdout)[0].id, ids[1]);
    assert.equal(runCli(['comments', 'approve', 'abc'], env).status, 2);
    assert.notEqual(runCli(['comments', 'list', '--status', 'bogus'], env).status, 0);
  });

  test('close and open an article to comments', () => {
    assert.match(runCli(['comments', 'close', 'sand'], env).stdout, /Comments on sand are closed/);
    assert.match(runCli(['comments', 'open', 'sand'], env).stdout, /Comments on sand are open/);
    assert.equal(runCli(['comments', 'close', 'nope'], env).status, 1);
  });
});
