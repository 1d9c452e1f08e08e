import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const BODY = 'Rain fills reservoirs.[^a]\n\n[^a]: Water Board. *Rain*. 2020.\n';
const doc = (html: string) => parseHTML(html).document;
const idFrom = (location: unknown) => Number(/\/admin\/articles\/(\d+)/.exec(String(location))![1]);
const hreflangs = (html: string) => [...doc(html).querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang'));

for (const engine of ENGINES) {
  describe(`admin: languages in Settings, the editor's language and Translations box (${engine})`, () => {
    let site: TestSite;
    let editor: AdminSession;
    let admin: AdminSession;
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      editor = await userWithRole(site, 'editor');
      admin = await userWithRole(site, 'administrator');
    });
    after(() => site.close());

    test('the Settings screen turns on French with /fr/ addresses', async () => {
      const page = await admin.get('/admin/settings');
      const values = Object.fromEntries([...doc(page.body).querySelectorAll('form[action="/admin/settings"] input, form[action="/admin/settings"] select, form[action="/admin/settings"] textarea')]
        .filter((f) => f.getAttribute('name') && f.getAttribute('type') !== 'checkbox' && f.getAttribute('name') !== '_csrf')
        .map((f) => [f.getAttribute('name')!, f.tagName === 'SELECT' ? (f.querySelector('option[selected]')?.getAttribute('value') ?? '') : f.tagName === 'TEXTAREA' ? (f.textContent ?? '') : (f.getAttribute('value') ?? '')]));
      const saved = await admin.post('/admin/settings', { ...values, commentsEnabled: 'on', languages: 'fr', languagePrefixes: 'on' });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 400));
      const settings = await site.services.settings.get();
      assert.deepEqual([settings.languages, settings.languagePrefixes], [['fr'], true]);
    });

    test('articles written in two languages are linked as translations in the editor, and unlinked', async () => {
      const en = await editor.post('/admin/articles', { title: 'Rain', body: BODY, section: 'water', author1: 'ada', language: 'en', action: 'publish' });
      const fr = await editor.post('/admin/articles', { title: 'La pluie', slug: 'la-pluie', body: BODY, section: 'water', author1: 'ada', language: 'fr', action: 'publish' });
      assert.equal(fr.statusCode, 303, fr.body.slice(0, 400));
      const enId = idFrom(en.headers.location);
      const frId = idFrom(fr.headers.location);
      const editorPage = doc((await editor.get(`/admin/articles/${frId}`)).body);
      assert.equal(editorPage.querySelector('#field-language option[selected]')?.getAttribute('value'), 'fr');
      assert.match(editorPage.querySelector('#translations-heading')?.parentElement?.textContent ?? '', /Not linked/);

      const linked = await editor.post(`/admin/articles/${enId}/translations`, { translation: 'la-pluie' });
      assert.equal(linked.statusCode, 303, linked.body.slice(0, 400));
      const box = doc((await editor.get(`/admin/articles/${frId}`)).body).querySelector('ul.translations');
      assert.match(box?.textContent ?? '', /English: Rain/);
      assert.deepEqual(hreflangs((await site.inject('/fr/2026/06/la-pluie')).body), ['en', 'fr', 'x-default']);
      assert.deepEqual(hreflangs((await site.inject('/2026/06/rain')).body), ['en', 'fr', 'x-default']);

      const refused = await editor.post(`/admin/articles/${enId}/translations`, { translation: 'no-such-article' });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /There is no article/);

      const unlinked = await editor.post(`/admin/articles/${frId}/translations/unlink`, {});
      assert.equal(unlinked.statusCode, 303);
      assert.deepEqual(hreflangs((await site.inject('/2026/06/rain')).body), []);
      assert.match(doc((await editor.get(`/admin/articles/${enId}`)).body).querySelector('#translations-heading')?.parentElement?.textContent ?? '', /Not linked/);
    });
  });
}
