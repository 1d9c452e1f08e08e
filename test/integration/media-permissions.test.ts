import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { multipartBody, userWithRole, type AdminSession } from '../support/admin.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const png = (r: number) => sharp({ create: { width: 40, height: 30, channels: 3, background: { r, g: 90, b: 160 } } }).png().toBuffer();

for (const engine of ENGINES) {
  describe(`media: authors change only their own images (${engine})`, () => {
    let site: TestSite;
    let admin: AdminSession;
    let author: AdminSession;
    let editor: AdminSession;
    const upload = async (session: AdminSession, filename: string, alt: string) => {
      const body = multipartBody({ _csrf: session.csrf, alt }, { field: 'file', filename, type: 'image/png', bytes: await png(filename.length * 10) });
      const response = await site.inject({ method: 'POST', url: '/admin/media', headers: { cookie: session.cookie, 'content-type': body.contentType }, payload: body.payload });
      assert.equal(response.statusCode, 303, response.body.slice(0, 300));
      return (await site.services.media.list()).find((m) => m.filename === filename)!;
    };
    const altOf = async (id: number) => (await site.services.media.list()).find((m) => m.id === id)?.alt;

    before(async () => {
      site = await createTestSite(engine, clock);
      admin = await userWithRole(site, 'administrator');
      author = await userWithRole(site, 'author');
      editor = await userWithRole(site, 'editor');
    });
    after(() => site.close());

    test("an author's change to an administrator's alt text is refused (403) and changes nothing", async () => {
      const image = await upload(admin, 'admin-chart.png', 'Chart of reservoir levels');
      const refused = await author.post(`/admin/media/${image.id}/alt`, { alt: 'defaced' });
      assert.equal(refused.statusCode, 403);
      assert.equal(await altOf(image.id), 'Chart of reservoir levels');
      // The library does not offer the author a form for it either.
      const library = parseHTML((await author.get('/admin/media')).body).document;
      assert.equal(library.querySelector(`form[action="/admin/media/${image.id}/alt"]`), null);
    });

    test('an author changes the alt text of an image they uploaded; editors and administrators change any', async () => {
      const own = await upload(author, 'author-photo.png', 'First try');
      assert.equal((await author.post(`/admin/media/${own.id}/alt`, { alt: 'The pumping station' })).statusCode, 303);
      assert.equal(await altOf(own.id), 'The pumping station');
      const library = parseHTML((await author.get('/admin/media')).body).document;
      assert.ok(library.querySelector(`form[action="/admin/media/${own.id}/alt"]`), 'the form is offered for its own image');

      const adminImage = await upload(admin, 'admin-map.png', 'Map');
      assert.equal((await editor.post(`/admin/media/${adminImage.id}/alt`, { alt: 'Map of the valley' })).statusCode, 303);
      assert.equal(await altOf(adminImage.id), 'Map of the valley');
      assert.equal((await admin.post(`/admin/media/${own.id}/alt`, { alt: 'The pumping station at dawn' })).statusCode, 303);
      assert.equal(await altOf(own.id), 'The pumping station at dawn');
    });

    test('alt text over 500 characters is a 400 naming the field, and the old text stays', async () => {
      const own = await upload(author, 'long-alt.png', 'Short');
      const response = await author.post(`/admin/media/${own.id}/alt`, { alt: 'x'.repeat(501) });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /alt: Keep the alt text under 500 characters/);
      assert.equal(await altOf(own.id), 'Short');
    });
  });
}
