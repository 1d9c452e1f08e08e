import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../../src/http/app.js';
import { openSite } from '../../src/main.js';
import { runCliAsync } from '../support/cli.js';
import { databaseUrlOf, ENGINES, freshDatabase, type FreshDatabase } from '../support/databases.js';

/** The DATABASE_URL the CLI reaches a fresh test database by. */

for (const engine of ENGINES) {
  describe(`dossier key (${engine})`, () => {
    let database: FreshDatabase;
    let env: Record<string, string>;

    before(async () => {
      database = await freshDatabase(engine);
      env = { DATABASE_URL: databaseUrlOf(database.target) };
    });
    after(() => database.drop());

    /** The status of a Content API request with `key`, asked of an app on the same database. */
    async function statusWith(key: string): Promise<number> {
      const site = await openSite(database.target);
      const app = await buildApp({ services: site.services, siteUrl: 'http://dossier.test' });
      try {
        return (await app.inject(`/ghost/api/content/settings/?key=${key}`)).statusCode;
      } finally {
        await app.close();
        await site.close();
      }
    }

    test('add prints a key that opens the Content API; list shows it; revoke closes it', async () => {
      const added = await runCliAsync(['key', 'add', 'Static site'], env);
      assert.equal(added.status, 0, added.stderr);
      const secret = /: ([0-9a-f]{26})\n/.exec(added.stdout)?.[1];
      assert.ok(secret, `a 26-hex-digit key in: ${added.stdout}`);
      assert.equal(await statusWith(secret), 200);

      const listed = await runCliAsync(['key', 'list', '--json'], env);
      const rows = JSON.parse(listed.stdout) as Array<{ id: number; name: string; key: string; revokedAt: string | null }>;
      assert.deepEqual(rows.map((r) => [r.name, r.key, r.revokedAt]), [['Static site', secret, null]]);

      const revoked = await runCliAsync(['key', 'revoke', String(rows[0]!.id)], env);
      assert.equal(revoked.status, 0, revoked.stderr);
      assert.equal(await statusWith(secret), 401);
      assert.match((await runCliAsync(['key', 'list'], env)).stdout, /Static site: [0-9a-f]{26} created \S+ revoked \S+/);
    });

    test('bad input: a blank name, an id that is not one, a key already revoked', async () => {
      const [blank, notId, tooBig, gone] = await Promise.all([
        runCliAsync(['key', 'add', '  '], env),
        runCliAsync(['key', 'revoke', 'abc'], env),
        runCliAsync(['key', 'revoke', '2147483648'], env),
        runCliAsync(['key', 'revoke', '999'], env),
      ]);
      assert.equal(blank.status, 2);
      assert.match(blank.stderr, /NAME must not be empty/);
      assert.equal(notId.status, 2);
      assert.match(notId.stderr, /ID must be a key id/);
      assert.equal(tooBig.status, 2);
      assert.notEqual(gone.status, 0);
      assert.match(gone.stderr, /no Content API key #999/);
    });
  });
}
