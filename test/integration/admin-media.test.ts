import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { ENGINES } from '../support/databases.js';
import { seedStructure } from '../support/factories.js';
import { multipartBody, userWithRole, type AdminSession } from '../support/admin.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-06-01T12:00:00.000Z');
const doc = (html: string) => parseHTML(html).document;

/** A real image made with sharp: a gradient-free solid colour is enough to be decoded and resized. */
function image(width: number, height: number, format: 'png' | 'jpeg'): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } });
  return (format === 'png' ? base.png() : base.jpeg()).toBuffer();
}

for (const engine of ENGINES) {
  describe(`admin media (${engine})`, () => {
    let site: TestSite;
    let editor: AdminSession;
    const upload = (session: AdminSession, file: { filename: string; type: string; bytes: Buffer }, fields: Record<string, string> = {}) => {
      const body = multipartBody({ _csrf: session.csrf, ...fields }, { field: 'file', ...file });
      return site.inject({ method: 'POST', url: '/admin/media', headers: { cookie: session.cookie, 'content-type': body.contentType }, payload: body.payload });
    };
    before(async () => {
      site = await createTestSite(engine, clock);
      await seedStructure(site.services);
      editor = await userWithRole(site, 'editor');
    });
    after(() => site.close());

    test('an uploaded image gets responsive sizes in its format, WebP and AVIF, never wider than itself', async () => {
      const response = await upload(editor, { filename: 'reservoir.png', type: 'image/png', bytes: await image(1000, 500, 'png') }, { alt: 'The reservoir at dawn' });
      assert.equal(response.statusCode, 303, response.body.slice(0, 400));
      const [media] = await site.services.media.list();
      assert.equal(media?.mime, 'image/png');
      assert.deepEqual([media?.width, media?.height, media?.alt], [1000, 500, 'The reservoir at dawn']);
      assert.deepEqual(media?.sizes.map((s) => `${s.width}.${s.format}`), ['480.png', '480.webp', '480.avif', '800.png', '800.webp', '800.avif', '1000.png', '1000.webp', '1000.avif']);
      const file = await site.inject(`/media/${media!.sizes[2]!.file}`);
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers['content-type'], 'image/avif');
      assert.match(String(file.headers['cache-control']), /max-age=31536000, immutable/);
      assert.equal((await sharp(file.rawPayload).metadata()).width, 480);
      assert.equal((await site.inject('/media/../../etc/passwd')).statusCode, 404);
      assert.equal((await site.inject('/media/0123456789abcdef-1.exe')).statusCode, 404);
    });

    test('the type is read from the bytes: a text file named .jpg is refused, a JPEG named .png is a JPEG', async () => {
      const fake = await upload(editor, { filename: 'photo.jpg', type: 'image/jpeg', bytes: Buffer.from('%PDF-1.4 not an image at all') });
      assert.equal(fake.statusCode, 400);
      assert.match(doc(fake.body).querySelector('#field-file-error')?.textContent ?? '', /not an image Dossier can use.*whatever its name says/);
      const disguised = await upload(editor, { filename: 'actually.png', type: 'image/png', bytes: await image(300, 200, 'jpeg') });
      assert.equal(disguised.statusCode, 303);
      const media = (await site.services.media.list()).find((m) => m.filename === 'actually.png');
      assert.equal(media?.mime, 'image/jpeg');
      assert.deepEqual(media?.sizes.map((s) => s.format), ['jpeg', 'webp', 'avif']);
    });

    test('a file over 20 MB is refused with a clear message', async () => {
      const response = await upload(editor, { filename: 'huge.jpg', type: 'image/jpeg', bytes: randomBytes(20 * 1024 * 1024 + 10) });
      assert.equal(response.statusCode, 413);
      assert.match(doc(response.body).querySelector('#field-file-error')?.textContent ?? '', /larger than 20 MB/);
    });

    test('an upload without the CSRF token, or by a contributor, answers 403 and stores nothing', async () => {
      const before = (await site.services.media.list()).length;
      const bytes = await image(100, 100, 'png');
      const body = multipartBody({}, { field: 'file', filename: 'x.png', type: 'image/png', bytes });
      const noToken = await site.inject({ method: 'POST', url: '/admin/media', headers: { cookie: editor.cookie, 'content-type': body.contentType }, payload: body.payload });
      assert.equal(noToken.statusCode, 403);
      const contributor = await userWithRole(site, 'contributor');
      assert.equal((await upload(contributor, { filename: 'x.png', type: 'image/png', bytes })).statusCode, 403);
      assert.equal((await site.services.media.list()).length, before);
    });

    test('a featured image shows as <picture> with AVIF and WebP srcset and sizes; no alt text warns', async () => {
      const bytes = await image(1700, 900, 'jpeg');
      await upload(editor, { filename: 'hills.jpg', type: 'image/jpeg', bytes });
      const media = (await site.services.media.list()).find((m) => m.filename === 'hills.jpg')!;
      const body = 'Hills.[^1]\n\n[^1]: Survey. 2020.\n';
      const created = await editor.post('/admin/articles', { title: 'Hills', body, section: 'water', featuredMediaId: String(media.id), action: 'publish' });
      assert.equal(created.statusCode, 303);
      const editorPage = doc((await editor.get(String(created.headers.location))).body);
      assert.match(editorPage.querySelector('.notice')?.textContent ?? '', /No alt text for the featured image/);
      const id = /articles\/(\d+)/.exec(String(created.headers.location))![1];
      await editor.post(`/admin/articles/${id}`, { title: 'Hills', body, section: 'water', featuredMediaId: String(media.id), featuredAlt: 'Green hills under cloud', version: '1' });
      const { document } = await site.page('/2026/06/hills');
      const picture = document.querySelector('picture.featured-image')!;
      const sources = [...picture.querySelectorAll('source')].map((s) => [s.getAttribute('type'), s.getAttribute('srcset')]);
      assert.deepEqual(sources.map((s) => s[0]), ['image/avif', 'image/webp']);
      assert.match(sources[0]![1]!, /^\/media\/[a-f0-9]{16}-480\.avif 480w, .*-1600\.avif 1600w$/);
      const img = picture.querySelector('img')!;
      assert.equal(img.getAttribute('alt'), 'Green hills under cloud');
      assert.match(img.getAttribute('srcset') ?? '', /-800\.jpg 800w/);
      assert.ok(img.getAttribute('sizes'));
      assert.equal(img.getAttribute('width'), '1600');
      const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '')).find((x) => x['@type'] === 'NewsArticle');
      assert.match(ld.image[0], /^http:\/\/dossier\.test\/media\/.*-1600\.jpg$/);
    });

    test('an author’s avatar, chosen from the media, shows on their page', async () => {
      const media = (await site.services.media.list())[0]!;
      const ada = (await site.services.structure.lists()).authors.find((a) => a.slug === 'ada')!;
      assert.equal((await editor.post(`/admin/authors/${ada.id}`, { name: ada.name, bio: ada.bio, avatar: String(media.id) })).statusCode, 303);
      const { document } = await site.page('/author/ada');
      const img = document.querySelector('.page-avatar img');
      assert.equal(img?.getAttribute('alt'), ada.name);
      assert.match(img?.getAttribute('srcset') ?? '', /\/media\//);
    });
  });
}
