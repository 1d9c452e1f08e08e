import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { multipartBody, userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');

/** The message shown beside a form field, without the "Error:" said to screen readers before it. */
function fieldError(html: string, field: string): string {
  const { document } = parseHTML(html);
  const error = document.querySelector(`#field-${field}-error`);
  error?.querySelector('.visually-hidden')?.remove();
  return (error?.textContent ?? '').trim();
}
function summary(html: string): string {
  return (parseHTML(html).document.querySelector('#error-summary')?.textContent ?? '').trim();
}

// A complete settings form; each case changes one field.
const SETTINGS_FORM = { title: 'Le Guetteur', description: 'd', language: 'fr', timeZone: 'Europe/Paris', postsPerPage: '10', permalinkPattern: '/:year/:month/:slug', citationStyle: 'apa' };

for (const engine of ENGINES) {
  describe(`site-management messages in the admin's language (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;
    before(async () => {
      site = await createTestSite(engine, clock, { pageCache: false });
      await seedStructure(site.services);
      await site.services.settings.update({ title: 'Le Guetteur', language: 'fr', timeZone: 'Europe/Paris' });
      admin = await userWithRole(site, 'administrator');
    });
    after(() => site?.close());

    test('a section with a taken slug: 409, the French message beside the slug, nothing added', async () => {
      const before = (await site.services.structure.lists()).sections.length;
      const response = await admin.post('/admin/sections', { name: 'Eau bis', slug: 'water', parent: '' });
      assert.equal(response.statusCode, 409);
      assert.equal(fieldError(response.body, 'slug'), 'Une rubrique « water » existe déjà.');
      assert.equal((await site.services.structure.lists()).sections.length, before);
    });

    test('a section field over its length (a schema check with no message of its own) is said in French', async () => {
      const response = await admin.post('/admin/sections', { name: 'Énergie', slug: 'energie', description: 'x'.repeat(1001) });
      assert.equal(response.statusCode, 400);
      assert.match(fieldError(response.body, 'description'), /^Trop long : 1\s000 caractères au plus\.$/);
      assert.equal((await site.services.structure.lists()).sections.some((s) => s.slug === 'energie'), false);
    });

    test('a form value with a NUL character is refused in French, naming the field, nothing added', async () => {
      const response = await admin.post('/admin/sections', { name: 'Eau\u0000', slug: 'eau-nul', parent: '' });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /name : ne doit pas contenir de caractère NUL \(%00\)\./);
      assert.equal((await site.services.structure.lists()).sections.some((s) => s.slug === 'eau-nul'), false);
    });

    test('a redirect from a path without a slash: 400, the French message beside fromPath, nothing added', async () => {
      const response = await admin.post('/admin/redirects', { fromPath: 'ancienne-page', toPath: '/section/water', statusCode: '301' });
      assert.equal(response.statusCode, 400);
      assert.equal(fieldError(response.body, 'fromPath'), '« ancienne-page » n’est pas un chemin local comme /ancienne-page.');
      assert.deepEqual((await site.services.structure.lists()).redirects, []);
    });

    test('a webhook with an ftp address: 400, the French message beside url, nothing added', async () => {
      const response = await admin.post('/admin/settings/webhooks', { url: 'ftp://hooks.example.org/x', events: 'article.published' });
      assert.equal(response.statusCode, 400);
      assert.equal(fieldError(response.body, 'url'), 'L’adresse d’un webhook doit être en http(s), pas en ftp.');
      const empty = await admin.post('/admin/settings/webhooks', { url: '', events: 'article.published' });
      assert.equal(empty.statusCode, 400);
      assert.equal(fieldError(empty.body, 'url'), 'Saisissez l’adresse qui reçoit les événements.');
      assert.deepEqual(await site.services.webhooks.list(), []);
    });

    test('settings: an unknown time zone and an empty title are refused in French, nothing saved', async () => {
      const zone = await admin.post('/admin/settings', { ...SETTINGS_FORM, title: 'Autre titre', timeZone: 'Mars/Base' });
      assert.equal(zone.statusCode, 400);
      assert.equal(fieldError(zone.body, 'timeZone'), 'ce n’est pas un fuseau horaire connu, comme Europe/London');
      const title = await admin.post('/admin/settings', { ...SETTINGS_FORM, title: '' });
      assert.equal(title.statusCode, 400);
      assert.equal(fieldError(title.body, 'title'), 'Saisissez le titre du site.');
      const settings = await site.services.settings.get();
      assert.deepEqual([settings.title, settings.timeZone], ['Le Guetteur', 'Europe/Paris']);
    });

    test('appearance: an over-long custom CSS is refused in French, nothing saved', async () => {
      const response = await admin.post('/admin/appearance', { theme: 'default', customCss: 'a'.repeat(50_001), footerText: 'Pied' });
      assert.equal(response.statusCode, 400);
      assert.match(fieldError(response.body, 'customCss'), /^contient au plus 50\s000 caractères$/);
      const colour = await admin.post('/admin/appearance', { theme: 'default', accentColor: 'bleu', footerText: 'Pied' });
      assert.equal(colour.statusCode, 400);
      assert.equal(fieldError(colour.body, 'accentColor'), 'doit être une couleur hexadécimale comme #1d4f91 (reçu « bleu »)');
      const settings = await site.services.settings.get();
      assert.deepEqual([settings.customCss, settings.footerText, settings.accentColor], ['', '', '']);
    });

    test('media: a text file sent as an image is refused in French, nothing stored', async () => {
      const body = multipartBody({ _csrf: admin.csrf, alt: 'Texte' }, { field: 'file', filename: 'photo.png', type: 'image/png', bytes: Buffer.from('pas une image') });
      const response = await site.inject({ method: 'POST', url: '/admin/media', headers: { cookie: admin.cookie, 'content-type': body.contentType }, payload: body.payload });
      assert.equal(response.statusCode, 400);
      assert.equal(fieldError(response.body, 'file'), 'Ce fichier n’est pas une image que Dossier peut utiliser (JPEG, PNG, WebP, GIF ou AVIF), quoi qu’en dise son nom.');
      assert.deepEqual(await site.services.media.list(), []);
    });

    test('media: an over-long alt text, refused by the one error handler, is said in French', async () => {
      const response = await admin.post('/admin/media/1/alt', { alt: 'x'.repeat(501) });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Le texte alternatif doit faire moins de 500 caractères\./);
      assert.doesNotMatch(response.body, /Keep the alt text/);
    });

    test('API keys with no name are refused in French, none made', async () => {
      const content = await admin.post('/admin/settings/keys', { name: '   ' });
      assert.equal(content.statusCode, 400);
      assert.equal(fieldError(content.body, 'name'), 'Indiquez à quoi sert la clé.');
      assert.deepEqual(await site.services.contentApi.keys.list(), []);
      const integration = await admin.post('/admin/settings/integrations', { name: '', scopes: 'posts:read' });
      assert.equal(integration.statusCode, 400);
      assert.equal(fieldError(integration.body, 'name'), 'Indiquez à quoi sert la clé.');
      assert.deepEqual(await site.services.adminApi.tokens.list(), []);
    });

    test('users: a too-short password and a taken email are refused in French, no account added', async () => {
      const count = (await site.services.accounts.list()).length;
      const short = await admin.post('/admin/users', { name: 'Nouvelle', email: 'nouvelle@example.org', role: 'author', password: 'court' });
      assert.equal(short.statusCode, 400);
      assert.match(fieldError(short.body, 'password'), /^Le mot de passe est trop court : utilisez au moins \d+ caractères\.$/);
      const me = (await site.services.accounts.list()).find((u) => u.id === admin.userId)!;
      const taken = await admin.post('/admin/users', { name: 'Double', email: me.email, role: 'author', password: 'a long enough password' });
      assert.equal(taken.statusCode, 409);
      assert.equal(fieldError(taken.body, 'email'), `Un compte existe déjà pour ${me.email}.`);
      assert.equal((await site.services.accounts.list()).length, count);
      const demote = await admin.post(`/admin/users/${me.id}`, { name: me.name, role: 'editor', author: '' });
      assert.equal(demote.statusCode, 400);
      assert.match(demote.body, /Le site doit avoir au moins un administrateur/);
      assert.equal((await site.services.accounts.list()).find((u) => u.id === me.id)?.role, 'administrator');
    });
  });

  describe(`site-management messages in Arabic (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;
    before(async () => {
      site = await createTestSite(engine, clock, { pageCache: false });
      await seedStructure(site.services);
      await site.services.settings.update({ title: 'المرصد', language: 'ar' });
      admin = await userWithRole(site, 'administrator');
    });
    after(() => site?.close());

    test('a tag with a taken slug and a user with no email are refused in Arabic, nothing written', async () => {
      const tags = (await site.services.structure.lists()).tags.length;
      const tag = await admin.post('/admin/tags', { name: 'أنابيب', slug: 'pipes' });
      assert.equal(tag.statusCode, 409);
      assert.equal(fieldError(tag.body, 'slug'), 'يوجد وسم «pipes» بالفعل.');
      assert.equal((await site.services.structure.lists()).tags.length, tags);
      const users = (await site.services.accounts.list()).length;
      const user = await admin.post('/admin/users', { name: 'نور', email: '', role: 'author', password: 'a long enough password' });
      assert.equal(user.statusCode, 400);
      assert.equal(fieldError(user.body, 'email'), 'أدخل عنوان بريد إلكتروني.');
      assert.equal((await site.services.accounts.list()).length, users);
    });

    test('a menu row with no label names the menu and row in Arabic', async () => {
      const response = await admin.post('/admin/appearance', { theme: 'default', 'primary.0.label': '', 'primary.0.url': '/about', 'primary.0.position': '1' });
      assert.equal(response.statusCode, 400, summary(response.body));
      const shown = fieldError(response.body, 'menus') || summary(response.body);
      assert.match(shown, /^\p{Script=Arabic}.*، الصف [1١]: أعطِ الرابط عنوانًا\.$/u);
      assert.doesNotMatch(shown, /Header menu|row/);
      assert.equal((await site.services.settings.get()).primaryMenu, null);
    });
  });
}
