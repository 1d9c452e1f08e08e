import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');

for (const engine of ENGINES) {
  describe(`admin: Content API keys (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;

    before(async () => {
      site = await createTestSite(engine, clock);
      admin = await userWithRole(site, 'administrator');
    });
    after(() => site.close());

    const keysOn = (html: string) => [...parseHTML(html).document.querySelectorAll('tbody tr')].map((row) => ({
      name: row.querySelector('td')?.textContent ?? '', key: row.querySelector('code')?.textContent ?? '', revocable: row.querySelector('form') !== null,
    }));

    test('an administrator adds a key that opens the API, sees it listed, and revokes it', async () => {
      assert.match((await admin.get('/admin/settings')).body, /href="\/admin\/settings\/keys"/);
      const empty = await admin.get('/admin/settings/keys');
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /No keys yet/);

      const added = await admin.post('/admin/settings/keys', { name: 'Newsletter' });
      assert.equal(added.statusCode, 303);
      const [shown] = keysOn((await admin.get('/admin/settings/keys')).body);
      assert.equal(shown!.name, 'Newsletter');
      assert.match(shown!.key, /^[0-9a-f]{26}$/);
      assert.equal((await site.inject(`/ghost/api/content/settings/?key=${shown!.key}`)).statusCode, 200);

      const [key] = await site.services.contentApi.keys.list();
      assert.equal((await admin.post(`/admin/settings/keys/${key!.id}/revoke`, {})).statusCode, 303);
      assert.equal(keysOn((await admin.get('/admin/settings/keys')).body)[0]!.revocable, false);
      assert.equal((await site.inject(`/ghost/api/content/settings/?key=${shown!.key}`)).statusCode, 401);
    });

    test('a blank name is shown again with the error; editors may not manage keys', async () => {
      const blank = await admin.post('/admin/settings/keys', { name: '   ' });
      assert.equal(blank.statusCode, 400);
      assert.match(blank.body, /Enter what the key is for/);
      const editor = await userWithRole(site, 'editor');
      assert.equal((await editor.get('/admin/settings/keys')).statusCode, 403);
      assert.equal((await editor.post('/admin/settings/keys', { name: 'Sneaky' })).statusCode, 403);
      assert.ok((await site.services.contentApi.keys.list()).every((k) => k.name !== 'Sneaky'));
      assert.equal((await admin.post('/admin/settings/keys/2147483648/revoke', {})).statusCode, 404);
    });
  });
}
