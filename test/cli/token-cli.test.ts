import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import GhostAdminAPI from '@tryghost/admin-api';
import { buildApp } from '../../src/http/app.js';
import { openSite } from '../../src/main.js';
import { runCliAsync } from '../support/cli.js';
import { databaseUrlOf, ENGINES, freshDatabase, type FreshDatabase } from '../support/databases.js';

/** The DATABASE_URL the CLI reaches a fresh test database by. */

for (const engine of ENGINES) {
  describe(`dossier token (${engine})`, () => {
    let database: FreshDatabase;
    let env: Record<string, string>;

    before(async () => {
      database = await freshDatabase(engine);
      env = { DATABASE_URL: databaseUrlOf(database.target) };
    });
    after(() => database.drop());

    /** What Ghost's admin client gets for browsing posts and adding a tag with `key`, from an app on the same database. */
    async function tryKey(key: string): Promise<{ browse: string; addTag: string }> {
      const site = await openSite(database.target);
      const app = await buildApp({ services: site.services, siteUrl: 'http://dossier.test' });
      try {
        const api = GhostAdminAPI({ url: await app.listen({ host: '127.0.0.1', port: 0 }), key, version: 'v5.0' });
        const outcome = (work: Promise<unknown>) => work.then(() => 'ok', (error: { type?: string }) => error.type ?? String(error));
        return { browse: await outcome(api.posts.browse()), addTag: await outcome(api.tags.add({ name: `Tag ${Date.now()}` })) };
      } finally {
        await app.close();
        await site.close();
      }
    }

    test('add prints a key once that works with its scopes; list shows it without the secret; revoke closes it', async () => {
      const added = await runCliAsync(['token', 'add', 'Writing app', '--scope', 'posts:write,posts:publish'], env);
      assert.equal(added.status, 0, added.stderr);
      const key = /: ([0-9a-f]{24}:[0-9a-f]{64})\n/.exec(added.stdout)?.[1];
      assert.ok(key, `an id:secret key in: ${added.stdout}`);
      assert.deepEqual(await tryKey(key), { browse: 'ok', addTag: 'NoPermissionError' });

      const listed = await runCliAsync(['token', 'list', '--json'], env);
      const rows = JSON.parse(listed.stdout) as Array<{ id: number; name: string; keyId: string; scopes: string[]; lastUsedAt: string | null; revokedAt: string | null }>;
      assert.deepEqual(rows.map((r) => [r.name, r.keyId, r.scopes, r.revokedAt]), [['Writing app', key.split(':')[0], ['posts:write', 'posts:publish'], null]]);
      assert.ok(rows[0]!.lastUsedAt, 'the key was used');
      assert.ok(!listed.stdout.includes(key.split(':')[1]!), 'the secret is never listed');

      const revoked = await runCliAsync(['token', 'revoke', String(rows[0]!.id)], env);
      assert.equal(revoked.status, 0, revoked.stderr);
      assert.equal((await tryKey(key)).browse, 'UnauthorizedError');
      assert.match((await runCliAsync(['token', 'list'], env)).stdout, /#1 Writing app \[posts:write,posts:publish\] key id [0-9a-f]{24} created \S+ last used \S+ revoked \S+/);
    });

    test('bad input: no scope, an unknown scope, a blank name, a key already revoked', async () => {
      const [noScope, unknown, blank, gone] = await Promise.all([
        runCliAsync(['token', 'add', 'App'], env),
        runCliAsync(['token', 'add', 'App', '--scope', 'posts:write,everything'], env),
        runCliAsync(['token', 'add', '  ', '--scope', 'posts:write'], env),
        runCliAsync(['token', 'revoke', '999'], env),
      ]);
      assert.notEqual(noScope.status, 0);
      assert.match(noScope.stderr, /--scope/);
      assert.notEqual(unknown.status, 0);
      assert.match(unknown.stderr, /Unknown scope "everything"/);
      assert.equal(blank.status, 2);
      assert.notEqual(gone.status, 0);
      assert.match(gone.stderr, /no Admin API key #999/);
    });
  });
}
