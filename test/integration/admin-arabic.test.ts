import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { buildArticle, seedStructure } from '../support/factories.js';
import { createTestSite, type TestSite } from '../support/site.js';

// Labels the admin showed in English before it was translated; none may be left on an Arabic screen.
const ENGLISH_LABELS = [
  'Dashboard', 'Drafts', 'Scheduled', 'Published', 'Pending comments', 'Citation health', 'Background jobs', 'Write a new article',
  'Moderate comments', 'waiting for moderation', 'No failed jobs', 'Nothing is scheduled', 'No drafts', 'Articles', 'All', 'Draft',
  'With citation findings', 'Title', 'Status', 'Date', 'Notes', 'Clean', 'Edited', 'Publishes', 'Comments', 'Pending', 'Approved',
  'Spam', 'Trash', 'Approve', 'Hold', 'Author', 'Comment', 'Moderate', 'newest first', 'Skip to content', 'View site', 'Sign out',
  'Filter articles', 'Comments by status', 'administrator', 'admin', 'Links', 'no cited links', 'error', 'warning',
  'Site title', 'Save settings', 'Time zone', 'Moderation', 'Citation style', 'Transparency', 'Archiving', 'Secret', 'Upload', 'Library',
  'Alt text', 'Add a user', 'Roles', 'Password', 'Email', 'Name', 'Everything', 'There is a problem',
  'cited link', 'reach their source', 'not yet checked', 'none checked yet', 'Archive captures', 'Last check',
  'Appearance', 'Theme', 'Branding', 'Logo address', 'Accent colour', 'Footer text', 'Custom CSS', 'Front page', 'Menus', 'Header menu',
  'Footer menu', 'Save appearance', 'Position', 'Label', 'Address', 'Nested', 'Row', 'Add to a menu', 'Link to', 'Add link', 'Sections',
  'Pages', 'Tags', 'Reset header menu', 'Reset footer menu', 'default menus', 'save to make it yours',
  'Webhooks', 'Events', 'Latest delivery', 'State', 'Actions', 'On', 'Off', 'Turn on', 'Turn off', 'Delete', 'Add a webhook', 'Add webhook',
  'Recent deliveries', 'No deliveries yet', 'Event', 'Attempt', 'Outcome', 'Took', 'Delivered', 'Failed', 'webhook', 'ms',
  'receives the events', 'Change a webhook', 'Signing secret',
  'top level', 'Up', 'Down', 'Indent', 'Outdent', 'Move', 'Edit or move', 'Slug', 'Description', 'Parent section', 'Top level',
  'Add a section', 'Add section', 'Lowercase letters', 'Add a tag', 'Add tag', 'Bio', 'Fediverse handle', 'Avatar', 'None', 'Add an author',
  'Add author', 'No redirects', 'From', 'To', 'Remove', 'Add a redirect', 'Add redirect', 'Old path', 'New path', 'Kind', 'moved for good',
  'temporary', 'permanent', 'Structure', 'Delete', 'Yes, delete', 'Give their articles to', 'Nobody',
  'Admin API integrations', 'Writing apps', 'Key id', 'Scopes', 'Last used', 'Never', 'Revoke', 'Revoked', 'Add an integration',
  'Add integration', 'App it is for', 'What it may do', 'upload images', 'drafts of posts', 'link health report', 'No integrations yet',
];

/** Every piece of interface text a reader or a screen reader meets: text nodes and the labelling attributes. */
function interfaceText(html: string): string {
  const { document } = parseHTML(html);
  const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
    .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? ''));
  return [document.title, document.body.textContent ?? '', ...attributes].join('\n');
}

function leftoverEnglish(html: string): string[] {
  const text = interfaceText(html);
  return ENGLISH_LABELS.filter((label) => new RegExp(`\\b${label}\\b`).test(text));
}

for (const engine of ENGINES) {
  describe(`admin in Arabic (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'), { pageCache: false });
      await seedStructure(site.services);
      await site.services.settings.update({ title: 'مرصد المياه', language: 'ar', timeZone: 'Asia/Amman' });
      // One live and one revoked integration key, so the integrations screen shows its table.
      await site.services.adminApi.tokens.add('iA Writer', ['posts:write']);
      const gone = await site.services.adminApi.tokens.add('Import script', ['media:write']);
      await site.services.adminApi.tokens.revoke(gone.token.id);
      await site.services.articles.save(buildArticle({ slug: 'khazzan', title: 'الخزانات', status: 'draft', publishedAt: null, authorSlugs: [], sectionSlug: null }));
      const { id } = await site.services.articles.save(buildArticle({ slug: 'marsad', title: 'مرصد', language: 'ar', authorSlugs: [], sectionSlug: null, body: 'نص.' }));
      for (const [i, status] of (['pending', 'pending', 'pending', 'approved'] as const).entries()) {
        await site.site.store.repos.comments.insert({
          articleId: id, parentId: null, authorName: `نور ${i}`, authorEmail: `noor${i}@example.org`, authorUrl: null,
          body: 'هل الضريبة مدققة؟', bodyHtml: '<p>هل الضريبة مدققة؟</p>', status, createdAt: '2026-05-30T10:00:00.000Z', ipHash: 'h', authorTokenHash: null,
        });
      }
      const hook = await site.services.webhooks.add({ url: 'https://hooks.example.org/ar', events: 'link.dead' });
      const log = { webhookId: hook.id, event: 'link.dead', url: hook.url, durationMs: 12, createdAt: '2026-06-01T12:00:00.000Z' };
      await site.site.store.repos.webhooks.addDelivery({ ...log, attempt: 1, statusCode: 500, error: null });
      await site.site.store.repos.webhooks.addDelivery({ ...log, attempt: 2, statusCode: 200, error: null });
      admin = await userWithRole(site, 'administrator');
    });
    after(() => site?.close());

    for (const path of ['/admin', '/admin/articles', '/admin/comments', '/admin/settings', '/admin/media', '/admin/users', '/admin/appearance', '/admin/settings/webhooks',
      '/admin/sections', '/admin/tags', '/admin/authors', '/admin/redirects', '/admin/account', '/admin/settings/integrations']) {
      test(`${path} answers right to left, in Arabic, with no English label left`, async () => {
        const response = await admin.get(path);
        assert.equal(response.statusCode, 200);
        const { document } = parseHTML(response.body);
        assert.equal(document.documentElement.getAttribute('lang'), 'ar');
        assert.equal(document.documentElement.getAttribute('dir'), 'rtl');
        assert.match(document.querySelector('h1')?.textContent ?? '', /\p{Script=Arabic}/u);
        if (process.env['SHOW_ADMIN_TEXT']) console.log(interfaceText(response.body).replace(/\s+/g, ' '));
        // Email addresses are the accounts' data, not labels (the test administrator's starts "administrator-"); the API's address is an address.
        assert.deepEqual(leftoverEnglish(response.body.replace(/[\w.-]+@example\.org/g, '').replaceAll('/ghost/api/admin/', '')), [], path);
      });
    }

    test('the dashboard and lists say it in Arabic, with Arabic plural forms and dates', async () => {
      const dashboard = parseHTML((await admin.get('/admin')).body).document;
      assert.equal(dashboard.querySelector('h1')?.textContent, 'لوحة التحكم');
      assert.equal(dashboard.querySelector('#comments-heading')?.textContent, 'تعليقات بانتظار الإشراف');
      assert.match(dashboard.querySelector('[data-card="pending-comments"]')?.textContent ?? '', /3\s*بانتظار الإشراف/);
      const list = parseHTML((await admin.get('/admin/articles')).body).document;
      assert.equal(list.querySelector('h1')?.textContent, 'المقالات');
      assert.deepEqual([...list.querySelectorAll('thead th')].map((th) => th.textContent), ['العنوان', 'الحالة', 'التاريخ', 'الملاحظات']);
      // The date is written by Intl in Arabic, in the site's zone.
      const edited = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Amman' }).format(new Date('2026-06-01T12:00:00.000Z'));
      assert.equal(list.querySelector('tbody tr:last-child td time')?.textContent, `عُدّل ${edited} (Asia/Amman)`);
      const comments = parseHTML((await admin.get('/admin/comments')).body).document;
      assert.match(comments.querySelector('nav.tabs a[aria-current="page"]')?.textContent ?? '', /بانتظار الإشراف \(3\)/);
      assert.equal(comments.querySelector('button[value="approved"]')?.textContent, 'اقبل');
      const first = comments.querySelector('tbody tr');
      assert.equal(first?.querySelector('button[value="approved"]')?.getAttribute('aria-label'), `اقبل تعليق ${first?.querySelector('strong')?.textContent}`);
    });

    test('a notice after an action is in Arabic', async () => {
      const response = await admin.get('/admin/comments?done=approved');
      assert.equal(parseHTML(response.body).document.querySelector('.flash')?.textContent, 'قُبل التعليق وظهر.');
    });
  });
}
