// Each account reads the admin in a language of its own (Profile → Language, as in
// WordPress), or follows the site's; on both engines.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { DossierExport } from '../../src/export/json-format.js';
import { signIn, userWithRole, PASSWORD, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-12-01T12:00:00.000Z');

/** The `<html lang dir>`, the heading and the flash of an admin page. */
async function screen(session: AdminSession, path: string) {
  const response = await session.get(path);
  assert.equal(response.statusCode, 200, `${path}: ${response.body.slice(0, 200)}`);
  const { document } = parseHTML(response.body);
  return {
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
    h1: document.querySelector('h1')?.textContent,
    flash: document.querySelector('.flash')?.textContent ?? null,
    document,
  };
}

/** The option a select shows: the one marked selected, else its first. */
function chosen(document: ReturnType<typeof parseHTML>['document'], select: string): Element | null {
  return document.querySelector(`${select} option[selected]`) ?? document.querySelector(`${select} option`);
}

async function languageOf(site: TestSite, email: string): Promise<string | null | undefined> {
  return (await site.services.accounts.list()).find((u) => u.email === email)?.adminLanguage;
}

for (const engine of ENGINES) {
  describe(`per-user admin language (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;
    let a: AdminSession;
    let b: AdminSession;
    before(async () => {
      site = await createTestSite(engine, clock, { pageCache: false });
      await site.services.settings.update({ title: 'Water Desk', language: 'en' });
      admin = await userWithRole(site, 'administrator');
      await site.services.accounts.add({ email: 'amal@example.org', name: 'Amal Haddad', role: 'editor', password: PASSWORD });
      await site.services.accounts.add({ email: 'ben@example.org', name: 'Ben Ward', role: 'author', password: PASSWORD });
      a = await signIn(site, 'amal@example.org');
      b = await signIn(site, 'ben@example.org');
    });
    after(() => site?.close());

    test('"Your account" shows who is signed in and offers the admin languages, each named in itself', async () => {
      const { document, h1, lang } = await screen(a, '/admin/account');
      assert.equal(lang, 'en');
      assert.equal(h1, 'Your account');
      assert.match(document.querySelector('.account-details')?.textContent ?? '', /Amal Haddad.*amal@example\.org.*Editor/s);
      const options = [...document.querySelectorAll('select[name="adminLanguage"] option')];
      assert.deepEqual(options.map((o) => [o.getAttribute('value'), o.textContent]), [
        ['', 'Site default (English)'], ['en', 'English'], ['ar', 'العربية'], ['fa', 'فارسی'], ['fr', 'Français'],
      ]);
      assert.equal(options[2]!.getAttribute('lang'), 'ar');
      assert.equal(chosen(document, 'select[name="adminLanguage"]')?.getAttribute('value'), '', 'an account follows the site until it chooses');
      // The chrome links to it from the user's name, on every screen.
      assert.equal((await screen(b, '/admin')).document.querySelector('.admin-user a')?.getAttribute('href'), '/admin/account');
    });

    test('Arabic for one editor: their admin is right to left in Arabic, while another user keeps English', async () => {
      const saved = await a.post('/admin/account', { adminLanguage: 'ar' });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, '/admin/account?done=saved');
      const after = await screen(a, '/admin/account?done=saved');
      assert.deepEqual([after.lang, after.dir, after.h1, after.flash], ['ar', 'rtl', 'حسابك', 'حُفظ.']);
      assert.equal(chosen(after.document, 'select[name="adminLanguage"]')?.textContent, 'العربية');
      // The other choices still name themselves; "site default" is now said in Arabic.
      assert.equal(after.document.querySelector('select[name="adminLanguage"] option')?.textContent, 'لغة الموقع الافتراضية (English)');
      const dashboard = await screen(a, '/admin');
      assert.deepEqual([dashboard.lang, dashboard.dir, dashboard.h1], ['ar', 'rtl', 'لوحة التحكم']);
      assert.equal(dashboard.document.querySelector('.admin-nav a[href="/admin/articles"]')?.textContent, 'المقالات');
      const other = await screen(b, '/admin');
      assert.deepEqual([other.lang, other.dir, other.h1], ['en', 'ltr', 'Dashboard']);
      // The site itself is still English.
      assert.equal((await site.services.settings.get()).language, 'en');
      assert.equal(await languageOf(site, 'amal@example.org'), 'ar');
    });

    test('a bad value is refused on its field, in the user\'s language, and nothing changes', async () => {
      const refused = await a.post('/admin/account', { adminLanguage: 'de' });
      assert.equal(refused.statusCode, 400);
      const { document } = parseHTML(refused.body);
      assert.equal(document.documentElement.getAttribute('lang'), 'ar');
      const error = document.querySelector('#field-adminLanguage-error')?.textContent ?? '';
      assert.match(error, /يجب أن تكون لغة لوحة الإدارة إحدى اللغات en, ar, fa, fr/);
      assert.equal(await languageOf(site, 'amal@example.org'), 'ar');
      // Without the CSRF token nothing is written either.
      assert.equal((await a.post('/admin/account', { adminLanguage: 'fr' }, { csrf: false })).statusCode, 403);
      assert.equal(await languageOf(site, 'amal@example.org'), 'ar');
    });

    test('"Site default" returns the account to the site\'s language', async () => {
      assert.equal((await a.post('/admin/account', { adminLanguage: '' })).statusCode, 303);
      const back = await screen(a, '/admin/account?done=saved');
      assert.deepEqual([back.lang, back.dir, back.h1, back.flash], ['en', 'ltr', 'Your account', 'Saved.']);
      assert.equal(await languageOf(site, 'amal@example.org'), null);
      // It follows the site when the site's language changes.
      await site.services.settings.update({ language: 'fr' });
      try {
        assert.deepEqual(Object.values(await screen(a, '/admin')).slice(0, 3), ['fr', 'ltr', 'Tableau de bord']);
      } finally {
        await site.services.settings.update({ language: 'en' });
      }
    });

    test('a language no longer offered falls back to the site\'s', async () => {
      const id = (await site.services.accounts.list()).find((u) => u.email === 'ben@example.org')!.id;
      await site.site.store.repos.users.setAdminLanguage(id, 'tlh', clock().toISOString());
      assert.deepEqual(Object.values(await screen(b, '/admin')).slice(0, 2), ['en', 'ltr']);
      await site.site.store.repos.users.setAdminLanguage(id, null, clock().toISOString());
    });

    test('an administrator sees each user\'s admin language on the Users screen and sets another user\'s', async () => {
      const ben = (await site.services.accounts.list()).find((u) => u.email === 'ben@example.org')!;
      const users = (await screen(admin, '/admin/users')).document;
      assert.equal(chosen(users, `#language-${ben.id}`)?.textContent, 'Site default (English)');
      const saved = await admin.post(`/admin/users/${ben.id}`, { name: ben.name, role: 'author', author: '', adminLanguage: 'fa' });
      assert.equal(saved.statusCode, 303);
      const shown = (await screen(admin, '/admin/users')).document;
      assert.equal(chosen(shown, `#language-${ben.id}`)?.textContent, 'فارسی');
      const persian = await screen(b, '/admin');
      assert.deepEqual([persian.lang, persian.dir], ['fa', 'rtl']);
      assert.match(persian.h1 ?? '', /\p{Script=Arabic}/u);
      // The administrator's own screens stay in the site's language.
      assert.equal((await screen(admin, '/admin')).lang, 'en');
      // A bad value is refused and Ben keeps Persian; an editor may not set anyone's language.
      const refused = await admin.post(`/admin/users/${ben.id}`, { name: ben.name, role: 'author', author: '', adminLanguage: 'xx' });
      assert.equal(refused.statusCode, 400);
      assert.match(parseHTML(refused.body).document.querySelector('.error-summary, .field-error')?.textContent ?? '', /admin language must be one of en, ar, fa, fr/);
      assert.equal((await a.post(`/admin/users/${ben.id}`, { name: ben.name, role: 'author', author: '', adminLanguage: 'en' })).statusCode, 403);
      assert.equal(await languageOf(site, 'ben@example.org'), 'fa');
      // A new account can start in a language of its own.
      assert.equal((await admin.post('/admin/users', { name: 'Farid', email: 'farid@example.org', role: 'contributor', password: PASSWORD, adminLanguage: 'fr' })).statusCode, 303);
      assert.equal(await languageOf(site, 'farid@example.org'), 'fr');
    });

    test('the admin language travels in the JSON export, and an older export without it still imports', async () => {
      await site.services.accounts.setAdminLanguage({ account: { email: 'amal@example.org' }, language: 'ar' });
      const exported: DossierExport = await site.services.transfer.exports.json();
      const rows = exported.records?.users ?? [];
      assert.equal(rows.find((r) => r['email'] === 'amal@example.org')?.['admin_language'], 'ar');
      const target = await createTestSite(engine, clock, { pageCache: false });
      try {
        await target.services.transfer.imports.json({ file: 'site.json', json: JSON.stringify(exported) });
        assert.equal(await languageOf(target, 'amal@example.org'), 'ar');
        assert.equal(await languageOf(target, 'ben@example.org'), 'fa');
      } finally {
        await target.close();
      }
      const older = { ...exported, records: { ...exported.records, users: rows.map(({ admin_language: _language, ...row }) => row) } };
      const old = await createTestSite(engine, clock, { pageCache: false });
      try {
        await old.services.transfer.imports.json({ file: 'old.json', json: JSON.stringify(older) });
        assert.equal(await languageOf(old, 'amal@example.org'), null);
      } finally {
        await old.close();
      }
    });
  });
}
