import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { seedStructure } from '../support/factories.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { createTestSite, type TestSite } from '../support/site.js';
import { htmlValidator } from '../support/html-validator.js';

// The same rules as the public pages; rendering does not depend on the engine.
// Checkboxes sharing a name (the tags of an article) are how HTML sends a list.
const validator = htmlValidator({ 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] });

describe('every admin screen is valid HTML', () => {
  let site: TestSite;
  let admin: AdminSession;
  const pages = new Map<string, string>();
  before(async () => {
    site = await createTestSite('sqlite', () => new Date('2026-06-01T12:00:00.000Z'));
    await seedStructure(site.services);
    // A second language: the structure screens show their translation fields too.
    await site.services.settings.update({ languages: ['fr'] });
    admin = await userWithRole(site, 'administrator');
    const body = 'Claim.[^1] Another.[^2]\n\n[^1]: Source one. 2020.\n[^2]: Source two. 2021.\n';
    await admin.post('/admin/articles', { title: 'Valid', body, section: 'water', author1: 'ada', action: 'publish' });
    await admin.post('/admin/articles/1', { title: 'Valid', body: `${body}\nMore.`, section: 'water', author1: 'ada', version: '1' });
    await admin.post('/admin/articles/1/corrections', { kind: 'update', text: 'Added a line.' });
    await site.services.contentApi.keys.add('Validator');
    pages.set('login', (await site.inject('/admin/login')).body);
    for (const path of ['/admin', '/admin/articles', '/admin/articles/new', '/admin/articles/1', '/admin/articles/1/revisions',
      '/admin/articles/1/revisions/compare?from=1&to=2', '/admin/articles/1/preview', '/admin/media', '/admin/sections', '/admin/tags',
      '/admin/authors', '/admin/redirects', '/admin/settings', '/admin/settings/keys', '/admin/settings/webhooks', '/admin/users', '/admin/account']) {
      const response = await admin.get(path);
      assert.equal(response.statusCode, 200, path);
      pages.set(path, response.body);
    }
    pages.set('editor with errors', (await admin.post('/admin/articles', { title: '', body: 'x[^gone]', action: 'publish' })).body);
    pages.set('webhook added', (await admin.post('/admin/settings/webhooks', { url: 'https://hooks.example.org/in', events: ['link.dead', 'comment.created'] })).body);
    pages.set('webhook refused', (await admin.post('/admin/settings/webhooks', { url: 'ftp://hooks.example.org/in' })).body);
    pages.set('account refused', (await admin.post('/admin/account', { adminLanguage: 'xx' })).body);
    pages.set('stale save', (await admin.post('/admin/articles/1', { title: 'Valid', body: 'old', version: '1' })).body);
  });
  after(() => site.close());

  test('html-validate finds nothing', async () => {
    const problems: string[] = [];
    for (const [name, html] of pages) {
      const report = await validator.validateString(html);
      for (const result of report.results) for (const m of result.messages) problems.push(`${name}: ${m.ruleId}: ${m.message}`);
    }
    assert.deepEqual(problems, []);
  });
});
