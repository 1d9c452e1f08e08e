import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import GhostAdminAPI from '@tryghost/admin-api';
import { parseHTML } from 'linkedom';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { htmlValidator } from '../support/html-validator.js';
import { createTestSite, type TestSite } from '../support/site.js';

const validator = htmlValidator({ 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] });

for (const engine of ENGINES) {
  describe(`admin: Admin API integrations (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;
    let base: string;

    before(async () => {
      site = await createTestSite(engine, () => new Date());
      admin = await userWithRole(site, 'administrator');
      base = await site.app.listen({ host: '127.0.0.1', port: 0 });
    });
    after(() => site.close());

    const rowsOn = (html: string) => [...parseHTML(html).document.querySelectorAll('tbody tr')].map((row) => ({
      cells: [...row.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''), revocable: row.querySelector('form') !== null,
    }));

    test('an administrator adds an integration, sees its key once, the key works with its scopes, and revokes it', async () => {
      assert.match((await admin.get('/admin/settings')).body, /href="\/admin\/settings\/integrations"/);
      const empty = await admin.get('/admin/settings/integrations');
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /No integrations yet/);

      const added = await admin.post('/admin/settings/integrations', { name: 'iA Writer', scopes: ['posts:write', 'media:write'] });
      assert.equal(added.statusCode, 200);
      const key = parseHTML(added.body).document.querySelector('#new-integration-key')?.textContent ?? '';
      assert.match(key, /^[0-9a-f]{24}:[0-9a-f]{64}$/);
      const report = await validator.validateString(added.body);
      assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), []);

      const listed = await admin.get('/admin/settings/integrations');
      assert.ok(!listed.body.includes(key.split(':')[1]!), 'the secret is not shown again');
      const [row] = rowsOn(listed.body);
      assert.deepEqual(row!.cells.slice(0, 4), ['iA Writer', key.split(':')[0], 'posts:write, media:write', 'Never']);

      const api = GhostAdminAPI({ url: base, key, version: 'v5.0' });
      const draft = await api.posts.add({ title: 'From the app', markdown: 'Text.' });
      assert.equal(draft.status, 'draft');
      await assert.rejects(api.tags.add({ name: 'Not allowed' }), { name: 'NoPermissionError' });

      const [token] = await site.services.adminApi.tokens.list();
      assert.equal((await admin.post(`/admin/settings/integrations/${token!.id}/revoke`, {})).statusCode, 303);
      assert.equal(rowsOn((await admin.get('/admin/settings/integrations')).body)[0]!.revocable, false);
      await assert.rejects(api.posts.browse(), { name: 'UnauthorizedError' });
    });

    test('a blank name or no scope is shown again with the error; editors may not manage integrations', async () => {
      const blank = await admin.post('/admin/settings/integrations', { name: '  ', scopes: 'posts:write' });
      assert.equal(blank.statusCode, 400);
      assert.match(blank.body, /Enter what the key is for/);
      const noScope = await admin.post('/admin/settings/integrations', { name: 'Script' });
      assert.equal(noScope.statusCode, 400);
      assert.match(noScope.body, /Choose at least one scope/);
      const editor = await userWithRole(site, 'editor');
      assert.equal((await editor.get('/admin/settings/integrations')).statusCode, 403);
      assert.equal((await editor.post('/admin/settings/integrations', { name: 'Sneaky', scopes: 'posts:publish' })).statusCode, 403);
      assert.ok((await site.services.adminApi.tokens.list()).every((t) => t.name !== 'Sneaky'));
    });
  });
}
