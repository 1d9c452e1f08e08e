import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { childSections } from '../../src/domain/section.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const doc = (html: string) => parseHTML(html).document;

for (const engine of ENGINES) {
  describe(`admin structure, settings and users (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;
    let editor: AdminSession;
    const order = async (parentSlug: string | null) => {
      const sections = (await site.services.structure.lists()).sections;
      const parent = parentSlug ? sections.find((s) => s.slug === parentSlug)!.id : null;
      return childSections(sections, parent).map((s) => s.slug);
    };
    const sectionId = async (slug: string) => (await site.services.structure.lists()).sections.find((s) => s.slug === slug)!.id;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      admin = await userWithRole(site, 'administrator');
      editor = await userWithRole(site, 'editor');
    });
    after(() => site.close());

    test('sections move with buttons: up, down, indent, outdent; and change parent', async () => {
      assert.deepEqual(await order(null), ['water', 'time']);
      assert.equal((await editor.post(`/admin/sections/${await sectionId('time')}/move`, { move: 'up' })).statusCode, 303);
      assert.deepEqual(await order(null), ['time', 'water']);
      await editor.post(`/admin/sections/${await sectionId('water')}/move`, { move: 'indent' });
      assert.deepEqual(await order('time'), ['water']);
      await editor.post(`/admin/sections/${await sectionId('water')}/move`, { move: 'outdent' });
      assert.deepEqual(await order(null), ['time', 'water']);
      const bad = await editor.post(`/admin/sections/${await sectionId('water')}`, { name: 'Water', slug: 'water', parent: String(await sectionId('filters')) });
      assert.equal(bad.statusCode, 400);
      assert.match(doc(bad.body).querySelector('#error-summary')?.textContent ?? '', /cannot move inside itself/);
      const page = doc((await editor.get('/admin/sections')).body);
      assert.ok(page.querySelector('button[aria-label="Move Water up"]'));
    });

    test('adding a section, tag, author and redirect; bad input shows field messages', async () => {
      assert.equal((await editor.post('/admin/sections', { name: 'Energy', slug: 'energy', parent: '' })).statusCode, 303);
      const dup = await editor.post('/admin/sections', { name: 'Energy', slug: 'energy' });
      assert.equal(dup.statusCode, 409);
      assert.equal(doc(dup.body).querySelector('#field-slug')?.getAttribute('value'), 'energy');
      assert.match(doc(dup.body).querySelector('#field-slug-error')?.textContent ?? '', /already exists/);
      assert.equal((await editor.post('/admin/tags', { name: 'Dams', slug: 'dams' })).statusCode, 303);
      assert.equal((await editor.post('/admin/authors', { name: 'Cy Diaz', slug: 'cy', bio: 'Cy writes.' })).statusCode, 303);
      const authors = (await site.services.structure.lists()).authors;
      const cy = authors.find((a) => a.slug === 'cy')!;
      assert.equal((await editor.post(`/admin/authors/${cy.id}`, { name: 'Cy Díaz', bio: 'Cy writes about dams.', avatar: '' })).statusCode, 303);
      assert.equal((await site.services.reader.author('cy', 1)).author.bio, 'Cy writes about dams.');
      assert.equal((await editor.post('/admin/redirects', { fromPath: '/old', toPath: '/section/water', statusCode: '301' })).statusCode, 303);
      assert.equal((await site.inject('/old')).headers.location, '/section/water');
      const badRedirect = await editor.post('/admin/redirects', { fromPath: 'no-slash', toPath: '/x' });
      assert.equal(badRedirect.statusCode, 400);
      assert.match(doc(badRedirect.body).querySelector('#field-fromPath-error')?.textContent ?? '', /not a local path/);
      await editor.post('/admin/redirects/delete', { fromPath: '/old' });
      assert.equal((await site.inject('/old')).statusCode, 404);
    });

    test('settings: checked per field; a new citation style queues re-rendering', async () => {
      await site.services.articles.save(buildArticle({ slug: 'noted' }));
      await site.worker.drain();
      const bad = await admin.post('/admin/settings', { title: '', description: '', language: 'en', timeZone: 'Mars/Base', postsPerPage: '10', permalinkPattern: '/:year/:month/:slug', citationStyle: 'apa' });
      assert.equal(bad.statusCode, 400);
      assert.match(doc(bad.body).querySelector('#field-title-error')?.textContent ?? '', /Enter the site title/);
      const zone = await admin.post('/admin/settings', { title: 'River Desk', description: 'd', language: 'en', timeZone: 'Mars/Base', postsPerPage: '10', permalinkPattern: '/:year/:month/:slug', citationStyle: 'apa' });
      assert.equal(zone.statusCode, 400);
      assert.match(doc(zone.body).querySelector('#field-timeZone-error')?.textContent ?? '', /time zone/);
      const ok = await admin.post('/admin/settings', { title: 'River Desk', description: 'd', language: 'en-GB', timeZone: 'Europe/London', postsPerPage: '5', permalinkPattern: '/:year/:slug', citationStyle: 'apa' });
      assert.equal(ok.statusCode, 303);
      const settings = await site.services.settings.get();
      assert.deepEqual([settings.title, settings.timeZone, settings.permalinkPattern, settings.citationStyle], ['River Desk', 'Europe/London', '/:year/:slug', 'apa']);
      assert.ok((await site.services.jobs.list({ kind: 'render-citations', status: 'pending' })).length >= 1);
    });

    test('users: administrators add accounts and change roles; the last administrator stays one', async () => {
      const added = await admin.post('/admin/users', { name: 'New Writer', email: 'writer@example.org', role: 'author', author: 'ada', password: 'long enough password' });
      assert.equal(added.statusCode, 303);
      const short = await admin.post('/admin/users', { name: 'X', email: 'x@example.org', role: 'author', password: 'short' });
      assert.equal(short.statusCode, 400);
      assert.equal(doc(short.body).querySelector('#field-email')?.getAttribute('value'), 'x@example.org');
      assert.match(doc(short.body).querySelector('#field-password-error')?.textContent ?? '', /too short/);
      const me = (await site.services.accounts.list()).find((u) => u.role === 'administrator')!;
      const demote = await admin.post(`/admin/users/${me.id}`, { name: me.name, role: 'editor', author: '' });
      assert.equal(demote.statusCode, 400);
      assert.match(demote.body, /at least one administrator/);
      assert.equal((await editor.post('/admin/users', { name: 'Y', email: 'y@example.org', role: 'administrator', password: 'long enough password' })).statusCode, 403);
      assert.equal((await site.services.accounts.list()).some((u) => u.email === 'y@example.org'), false);
    });
  });
}
