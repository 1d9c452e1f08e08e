import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { DEFAULT_MENU_LENGTH } from '../../src/domain/menu.js';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

// The WordPress theme unit test data (see test/fixtures/README.md): 68 categories, most at the top level.
const THEME = 'test/fixtures/wordpress/themeunittestdata.wordpress.xml';
const clock = () => new Date('2026-06-01T12:00:00.000Z');

async function* chunks(file: string): AsyncIterable<string> {
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 16 * 1024 })) yield chunk as string;
}

/** The header menu as a reader sees it: top-level labels, each with its nested labels. */
function headerMenu(document: Document) {
  return [...document.querySelectorAll('header .site-nav > ul > li')].map((li) => ({
    label: li.querySelector('a')!.textContent,
    href: li.querySelector('a')!.getAttribute('href'),
    children: [...li.querySelectorAll('.submenu a')].map((a) => a.textContent),
  }));
}

for (const engine of ENGINES) {
  describe(`appearance: menus and branding (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;

    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      admin = await userWithRole(site, 'administrator');
    });
    after(() => site.close());

    test('an administrator builds a header menu with a nested link and a footer menu; every page shows them', async () => {
      const form = await admin.get('/admin/appearance');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Header menu \(default/);
      const saved = await admin.post('/admin/appearance', {
        logoUrl: '', accentColor: '', footerText: 'A newsroom run by its readers.', customCss: '',
        'primary.0.position': '2', 'primary.0.label': 'About us', 'primary.0.url': '/about',
        'primary.1.position': '1', 'primary.1.label': 'Water', 'primary.1.url': '/section/water',
        'primary.2.position': '1.5', 'primary.2.label': 'Treatment', 'primary.2.url': '/section/water/treatment', 'primary.2.child': 'on',
        'primary.3.position': '3', 'primary.3.label': 'Donate', 'primary.3.url': 'https://donate.example.org/',
        'primary.4.position': '4', 'primary.4.label': '', 'primary.4.url': '',
        'footer.0.position': '1', 'footer.0.label': 'Corrections', 'footer.0.url': '/corrections',
        homeSections: ['time', 'water/treatment'],
      });
      assert.equal(saved.statusCode, 303);

      for (const path of ['/', '/section/time', '/search?q=water']) {
        const { document } = await site.page(path);
        assert.deepEqual(headerMenu(document), [
          { label: 'Water', href: '/section/water', children: ['Treatment'] },
          { label: 'About us', href: '/about', children: [] },
          { label: 'Donate', href: 'https://donate.example.org/', children: [] },
        ], path);
        assert.deepEqual([...document.querySelectorAll('footer nav a')].map((a) => a.textContent), ['Corrections']);
        assert.equal(document.querySelector('.site-footer-note')!.textContent, 'A newsroom run by its readers.');
      }
      assert.deepEqual((await site.services.settings.get()).homeSections, ['time', 'water/treatment']);
      // The admin shows the saved menu back, as rows in order.
      const again = await admin.get('/admin/appearance');
      assert.doesNotMatch(again.body, /Header menu \(default/);
      assert.match(again.body, /value="Water"[\s\S]*value="Treatment"[\s\S]*value="About us"/);
    });

    test('a link is added to a menu from the site’s sections, pages and tags, and a menu goes back to its default', async () => {
      const form = await admin.get('/admin/appearance');
      assert.match(form.body, /<option value="\/tag\/clocks\tClocks">Clocks \(\/tag\/clocks\)<\/option>/);
      assert.equal((await admin.post('/admin/appearance/menu-add', { menu: 'primary', target: '/tag/clocks\tClocks' })).statusCode, 303);
      assert.equal(headerMenu((await site.page('/')).document).at(-1)!.label, 'Clocks');

      assert.equal((await admin.post('/admin/appearance/menu-reset', { menu: 'primary' })).statusCode, 303);
      assert.deepEqual(headerMenu((await site.page('/')).document).map((i) => i.label), ['Water', 'Time']);
    });

    test('a logo, an accent colour and custom CSS reach every page through one cached stylesheet', async () => {
      const saved = await admin.post('/admin/appearance', {
        logoUrl: '/media/logo.png', accentColor: '#8B0000', footerText: '', customCss: '.site-title { letter-spacing: 0.02em; }',
      });
      assert.equal(saved.statusCode, 303);
      const { document } = await site.page('/');
      const logo = document.querySelector('header .site-title img')!;
      assert.equal(logo.getAttribute('src'), '/media/logo.png');
      assert.equal(logo.getAttribute('alt'), 'Dossier');
      const href = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')!).find((h) => h.startsWith('/theme/'))!;
      const css = await site.inject(href);
      assert.equal(css.statusCode, 200);
      assert.match(css.headers['content-type'] as string, /^text\/css/);
      assert.match(css.headers['cache-control'] as string, /immutable/);
      assert.match(css.body, /--accent: #8b0000/);
      assert.match(css.body, /letter-spacing: 0\.02em/);
      // Footer text left empty falls back to the description.
      assert.match(document.querySelector('.site-footer-note')!.textContent!, /Published with Dossier/);

      await admin.post('/admin/appearance', { logoUrl: '', accentColor: '', footerText: '', customCss: '' });
      assert.equal((await site.inject(href)).statusCode, 404);
      const plain = (await site.page('/')).document;
      assert.equal(plain.querySelector('link[href^="/theme/"]'), null);
      assert.equal(plain.querySelector('header .site-title')!.textContent, 'Dossier');
    });

    test('an unreadable accent colour or a bad menu row is refused with the reason, and nothing is saved', async () => {
      const before = (await site.services.settings.get());
      const pale = await admin.post('/admin/appearance', { logoUrl: '', accentColor: '#ffee00', footerText: 'Changed', customCss: '' });
      assert.equal(pale.statusCode, 400);
      assert.match(pale.body, /too light for links on the page: contrast 1\.\d:1/);
      assert.match(pale.body, /value="Changed"/, 'what was typed is shown again');
      const badRow = await admin.post('/admin/appearance', {
        logoUrl: '', accentColor: '', footerText: 'Changed', customCss: '',
        'primary.0.position': '1', 'primary.0.label': 'Evil', 'primary.0.url': 'javascript:alert(1)',
      });
      assert.equal(badRow.statusCode, 400);
      assert.match(badRow.body, /Header menu row 1: &quot;javascript:alert\(1\)&quot; is not a site path/);
      assert.deepEqual(await site.services.settings.get(), before);
    });

    test('only administrators change the look', async () => {
      const editor = await userWithRole(site, 'editor');
      assert.equal((await editor.get('/admin/appearance')).statusCode, 403);
      assert.equal((await editor.post('/admin/appearance/menu-reset', { menu: 'footer' })).statusCode, 403);
    });
  });
}

describe('appearance after a WordPress import', () => {
  let site: TestSite;
  before(async () => {
    site = await createTestSite('sqlite', clock);
    await site.services.transfer.imports.wordpress({ file: THEME, chunks: chunks(THEME) });
  });
  after(() => site.close());

  test('the header shows a short default menu, not every imported category', async () => {
    const { document } = await site.page('/');
    const links = document.querySelectorAll('header .site-nav a');
    assert.ok(links.length > 0 && links.length <= DEFAULT_MENU_LENGTH, `${links.length} links in the header`);
  });
});
