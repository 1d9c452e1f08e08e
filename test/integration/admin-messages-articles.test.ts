import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { postComment } from '../support/comments.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { rawRows } from '../support/raw-rows.js';
import { createTestSite, type TestSite } from '../support/site.js';

const BODY = 'Reservoirs hold water.[^res]\n\n[^res]: Water Board. *Reservoirs*. 2020.\n';
const form = (overrides: Record<string, string> = {}) => ({ title: 'L’eau des collines', body: BODY, section: 'water', author1: 'ada', ...overrides });
const doc = (html: string) => parseHTML(html).document;
const options = (html: string, select: string) => [...doc(html).querySelectorAll(`${select} option`)].map((o) => o.textContent);

for (const engine of ENGINES) {
  describe(`article-side messages and labels in the site's language (${engine})`, () => {
    let site: TestSite;
    let editor: AdminSession;
    const articleCount = async () => (await rawRows(site.database, 'articles')).length;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'), { pageCache: false });
      await seedStructure(site.services);
      await site.services.settings.update({ language: 'fr', languages: ['ar'] });
      await site.services.articles.save(buildArticle({ slug: 'la-pluie', title: 'La pluie', language: 'fr' }));
      editor = await userWithRole(site, 'editor');
    });
    after(() => site?.close());

    test('publishing with a citation-lint error shows the finding in French and stores nothing', async () => {
      const before = await articleCount();
      const response = await editor.post('/admin/articles', form({ body: 'Affirmation.[^manque]\n', action: 'publish' }));
      assert.equal(response.statusCode, 400);
      const page = doc(response.body);
      assert.match(page.querySelector('#error-summary')?.textContent ?? '', /Ligne 1, colonne \d+ : Le renvoi \[\^manque\] n’a pas de note/);
      assert.match(page.querySelector('#field-body-error')?.textContent ?? '', /Publication impossible avec 1 erreur de citation ; elle est indiquée/);
      assert.match(page.querySelector('#lint-list')?.textContent ?? '', /Le renvoi \[\^manque\] n’a pas de note/);
      assert.doesNotMatch(response.body, /has no note/);
      assert.equal(await articleCount(), before);
    });

    test('a bad slug or a past schedule date is refused beside its field, in French, and nothing is written', async () => {
      const before = await articleCount();
      const slug = await editor.post('/admin/articles', form({ slug: 'Pas Bon!', action: 'save' }));
      assert.equal(slug.statusCode, 400);
      assert.match(doc(slug.body).querySelector('#field-slug-error')?.textContent ?? '', /Le slug « Pas Bon! » n’est pas valide : utilisez des lettres minuscules/);

      const long = await editor.post('/admin/articles', form({ slug: 'a'.repeat(201), action: 'save' }));
      assert.equal(long.statusCode, 400);
      assert.equal(doc(long.body).querySelector('#field-slug-error')?.lastChild?.textContent, 'Le slug est trop long (200 caractères au maximum).');

      const past = await editor.post('/admin/articles', form({ action: 'schedule', publishedAt: '2026-05-01T09:00' }));
      assert.equal(past.statusCode, 400);
      assert.match(doc(past.body).querySelector('#field-publishedAt-error')?.textContent ?? '', /Une date programmée doit être dans le futur/);

      const malformed = await editor.post('/admin/articles', form({ action: 'schedule', publishedAt: 'demain' }));
      assert.equal(malformed.statusCode, 400);
      assert.match(doc(malformed.body).querySelector('#field-publishedAt-error')?.textContent ?? '', /Saisissez une date et une heure comme 2026-05-03T09:00/);
      assert.equal(await articleCount(), before);
    });

    test('the editor lists article types and languages in French; the public page shows the type in French', async () => {
      const page = (await editor.get('/admin/articles/new')).body;
      assert.deepEqual(options(page, '#field-articleType').slice(1), ['Actualité', 'Opinion', 'Analyse', 'Décryptage', 'Vérification des faits']);
      assert.deepEqual(options(page, '#field-language'), ['Français (fr)', 'Arabe (ar)']);

      const created = await editor.post('/admin/articles', form({ title: 'Les barrages', slug: 'les-barrages', articleType: 'explainer', action: 'publish' }));
      assert.equal(created.statusCode, 303, created.body.slice(0, 400));
      const article = doc((await site.inject('/2026/06/les-barrages')).body);
      assert.equal(article.querySelector('.article-type')?.textContent, 'Décryptage');
    });

    test('linking a translation that does not exist is refused in French', async () => {
      const id = (await site.services.articles.save(buildArticle({ slug: 'les-digues', title: 'Les digues', language: 'fr' }))).id;
      const refused = await editor.post(`/admin/articles/${id}/translations`, { translation: 'introuvable' });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /Il n’y a pas d’article « introuvable »/);
    });

    test('a contributor who tries to publish is refused in French, and nothing is written', async () => {
      const contributor = await userWithRole(site, 'contributor');
      const before = await articleCount();
      const refused = await contributor.post('/admin/articles', form({ title: 'Tentative', action: 'publish' }));
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /Vous n’avez pas le droit de publier ni de programmer des articles/);
      assert.equal(await articleCount(), before);
    });

    test('autosave errors come back in French in the editor’s JSON', async () => {
      const { id } = await site.services.articles.save(buildArticle({ slug: 'brouillon', title: 'Brouillon', status: 'draft', publishedAt: null, language: 'fr' }));
      const response = await editor.post(`/admin/articles/${id}/autosave`, { title: '', body: 'Texte.', version: '1' });
      assert.equal(response.statusCode, 400);
      assert.equal(JSON.parse(response.body).message, 'Non enregistré automatiquement : Saisissez un titre.');
    });

    test('a French article’s comment form, sent empty, answers in French and stores nothing', async () => {
      const response = await postComment(site, '/2026/01/la-pluie', { comment: '   ', email: 'pas-une-adresse' });
      assert.equal(response.statusCode, 400);
      const page = doc(response.body);
      assert.match(page.querySelector('#la-pluie-comment-body-error')?.textContent ?? '', /Veuillez écrire un commentaire\./);
      assert.match(page.querySelector('#la-pluie-comment-email-error')?.textContent ?? '', /Ceci ne ressemble pas à une adresse e-mail/);
      assert.doesNotMatch(response.body, /Please write a comment/);
      assert.deepEqual(await rawRows(site.database, 'comments'), []);
    });

    test('comments closed on the article: the reader is told in French', async () => {
      await site.services.comments.updateSettings({ commentsEnabled: false });
      try {
        const response = await postComment(site, '/2026/01/la-pluie', { comment: 'Bonjour.' }, { token: 'x' });
        assert.equal(response.statusCode, 403);
        assert.match(response.body, /Les commentaires sont désactivés sur ce site\./);
        assert.deepEqual(await rawRows(site.database, 'comments'), []);
      } finally {
        await site.services.comments.updateSettings({ commentsEnabled: true });
      }
    });
  });

  describe(`article-side labels in Arabic (${engine})`, () => {
    let site: TestSite;
    let editor: AdminSession;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'), { pageCache: false });
      await seedStructure(site.services);
      await site.services.settings.update({ language: 'ar', languages: ['fr'] });
      editor = await userWithRole(site, 'editor');
    });
    after(() => site?.close());

    test('the editor lists article types and languages in Arabic, and a bad slug is refused in Arabic', async () => {
      const page = (await editor.get('/admin/articles/new')).body;
      assert.deepEqual(options(page, '#field-articleType').slice(1), ['خبر', 'رأي', 'تحليل', 'شرح', 'تدقيق الحقائق']);
      assert.deepEqual(options(page, '#field-language'), ['العربية (ar)', 'الفرنسية (fr)']);
      const refused = await editor.post('/admin/articles', form({ slug: '--', action: 'save' }));
      assert.equal(refused.statusCode, 400);
      assert.match(doc(refused.body).querySelector('#field-slug-error')?.textContent ?? '', /المعرّف «--» غير صالح/);
    });
  });
}
