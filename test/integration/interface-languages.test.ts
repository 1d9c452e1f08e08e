import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';
import { userWithRole } from '../support/admin.js';
import { parseHTML } from 'linkedom';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const text = (document: Document, selector: string) => document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

for (const engine of ENGINES) {
  describe(`interface languages (${engine})`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(engine, clock, { pageCache: false });
      await seedStructure(site.services);
      await site.services.settings.update({ language: 'fr', timeZone: 'Europe/Paris' });
      // Written with no language: it takes the site's.
      await site.services.articles.save(buildArticle({ slug: 'filtres', title: 'Les filtres à sable', authorSlugs: ['ada', 'ben'], publishedAt: '2026-01-15T23:30:00.000Z' }));
      await site.services.articles.save(buildArticle({
        slug: 'marsad', title: 'مرصد المياه', language: 'ar', publishedAt: '2026-01-15T10:00:00.000Z',
        body: 'تعتمد المدينة على خزانين رئيسيين.[^a]\n\n[^a]: تقرير هيئة المياه، ٢٠٢٥. https://water.example.org/report\n',
      }));
      await site.services.articles.save(buildArticle({ slug: 'ab', title: 'آب شهر', language: 'fa', publishedAt: '2026-01-15T10:00:00.000Z' }));
    });
    after(() => site?.close());

    test('with the site language set to French, an article page says everything in French', async () => {
      const { response, document } = await site.page('/2026/01/filtres');
      assert.equal(response.statusCode, 200);
      assert.equal(document.documentElement.getAttribute('lang'), 'fr');
      assert.equal(document.documentElement.getAttribute('dir'), 'ltr');
      // Published at 23:30 UTC, which is already the 16th in Paris.
      assert.equal(text(document, '.article-meta'), 'Publié le 16 janvier 2026 · Mis à jour le 1 juin 2026');
      assert.equal(document.querySelector('.article-meta time')?.getAttribute('datetime'), '2026-01-15T23:30:00.000Z');
      assert.equal(text(document, '.byline'), 'Par Ada Brook et Ben Okafor');
      assert.equal(document.querySelector('nav.breadcrumbs')?.getAttribute('aria-label'), 'Fil d’Ariane');
      assert.equal(text(document, '.breadcrumbs li'), 'Accueil');
      assert.equal(text(document, '.notes h2'), 'Notes');
      assert.match(text(document, '.notes-summary') ?? '', /^2 sources · /);
      assert.equal(document.querySelector('.note-backlink')?.getAttribute('aria-label'), 'Revenir à l’appel de la note 1');
      assert.equal(text(document, '.comment-respond h3'), 'Laisser un commentaire');
      assert.equal(text(document, '.comment-form button'), 'Publier le commentaire');
      assert.equal(text(document, '.skip-link'), 'Aller au contenu');
    });

    test('list, search and not-found pages follow the site language', async () => {
      const home = await site.page('/');
      assert.equal(text(home.document, 'main h1'), 'Derniers articles');
      const search = await site.page('/search?q=sable');
      assert.equal(text(search.document, 'main h1'), 'Recherche');
      assert.equal(text(search.document, '.search-summary'), '1 résultat pour « sable ».');
      const missing = await site.page('/nulle-part');
      assert.equal(missing.response.statusCode, 404);
      assert.equal(text(missing.document, 'h1'), 'Page introuvable');
    });

    test('an Arabic article is an Arabic, right-to-left page on a French site', async () => {
      const { document } = await site.page('/2026/01/marsad');
      assert.equal(document.documentElement.getAttribute('lang'), 'ar');
      assert.equal(document.documentElement.getAttribute('dir'), 'rtl');
      assert.equal(text(document, '.article-meta'), 'نُشر في 15 يناير 2026 · حُدّث في 1 يونيو 2026');
      assert.equal(text(document, '.notes h2'), 'الهوامش');
      assert.equal(text(document, '.breadcrumbs li'), 'الرئيسية');
      assert.equal(document.querySelector('.note-backlink')?.textContent, '↪');
      // Titles of unknown direction are isolated.
      assert.equal(document.querySelector('.breadcrumbs [aria-current] bdi')?.textContent, 'مرصد المياه');
      assert.equal(document.querySelector('.comment-content, .comment-form textarea')?.getAttribute('dir'), 'auto');
    });

    test('a Persian article is dated in the Solar Hijri calendar with Persian digits, or as the settings say', async () => {
      let { document } = await site.page('/2026/01/ab');
      assert.equal(document.documentElement.getAttribute('lang'), 'fa');
      assert.equal(document.documentElement.getAttribute('dir'), 'rtl');
      assert.equal(text(document, '.article-meta'), 'انتشار: ۲۵ دی ۱۴۰۴ · به‌روزرسانی: ۱۱ خرداد ۱۴۰۵');
      await site.services.settings.update({ persianCalendar: false, digits: 'latin' });
      try {
        ({ document } = await site.page('/2026/01/ab'));
        assert.match(text(document, '.article-meta') ?? '', /^انتشار: 15 ژانویهٔ 2026 · به‌روزرسانی: 1 ژوئن 2026$/);
      } finally {
        await site.services.settings.update({ persianCalendar: true, digits: 'locale' });
      }
    });

    test('the admin speaks the site language, right to left in Persian; the Settings screen sets digits and calendar', async () => {
      const admin = await userWithRole(site, 'administrator');
      await site.services.settings.update({ language: 'fa' });
      try {
        const { document } = parseHTML((await admin.get('/admin/articles/new')).body);
        assert.equal(document.documentElement.getAttribute('lang'), 'fa');
        assert.equal(document.documentElement.getAttribute('dir'), 'rtl');
        assert.equal(text(document, '.admin-nav a[href="/admin/articles"]'), 'نوشته‌ها');
        assert.match(text(document, 'label[for="field-title"]') ?? '', /^عنوان/);
        assert.equal(document.querySelector('#field-body')?.getAttribute('dir'), 'auto');
        const settings = parseHTML((await admin.get('/admin/settings')).body).document;
        assert.equal(settings.querySelector('#field-digits option[selected]')?.getAttribute('value'), 'locale');
        assert.ok(settings.querySelector('#field-persianCalendar[checked]'));
        const form = Object.fromEntries([...settings.querySelectorAll('form[action="/admin/settings"] [name]')]
          .filter((f) => f.getAttribute('type') !== 'checkbox' && f.getAttribute('name') !== '_csrf')
          .map((f) => [f.getAttribute('name')!, f.tagName === 'SELECT' ? (f.querySelector('option[selected]')?.getAttribute('value') ?? '') : (f.getAttribute('value') ?? f.textContent ?? '')]));
        const saved = await admin.post('/admin/settings', { ...form, digits: 'latin' });
        assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
        const now = await site.services.settings.get();
        assert.equal(now.digits, 'latin');
        assert.equal(now.persianCalendar, false);
      } finally {
        await site.services.settings.update({ language: 'fr', digits: 'locale', persianCalendar: true });
      }
    });
  });
}
