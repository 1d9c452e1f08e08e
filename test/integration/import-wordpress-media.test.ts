import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

const THEME = 'test/fixtures/wordpress/themeunittestdata.wordpress.xml';
// Two of the attachments the theme test data features on posts, as they sit in an uploads folder.
const FILES = ['2013/03/featured-image-horizontal.jpg', '2013/03/featured-image-vertical.jpg'];

async function* chunks(file: string): AsyncIterable<string> {
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) yield chunk as string;
}

for (const engine of ENGINES) {
  describe(`WordPress attachments as media (${engine})`, () => {
    let site: TestSite;
    let uploads: string;
    before(async () => {
      site = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      uploads = mkdtempSync(join(tmpdir(), 'dossier-uploads-'));
      for (const [i, file] of FILES.entries()) {
        mkdirSync(dirname(join(uploads, file)), { recursive: true });
        const image = await sharp({ create: { width: 900 + i * 100, height: 500, channels: 3, background: { r: 40 * i, g: 90, b: 140 } } }).jpeg().toBuffer();
        writeFileSync(join(uploads, file), image);
      }
      writeFileSync(join(uploads, 'not-an-image.jpg'), 'plain text');
    });
    after(async () => {
      await site.close();
      rmSync(uploads, { recursive: true, force: true });
    });

    test('attachments found in the uploads folder become media, and featured images follow', async () => {
      const summary = await site.services.transfer.imports.wordpress({
        file: THEME,
        chunks: chunks(THEME),
        readUpload: async (path) => readFile(join(uploads, path)).catch(() => null),
      });
      assert.equal(summary.kinds['media']?.created, 2);
      assert.equal(summary.kinds['media']?.skipped, 35);
      assert.ok(summary.warnings.some((w) => /the attachment "2008\/06\/canola2\.jpg" is not in the uploads folder/.test(w)));
      const { response, document } = await site.page('/2012/03/template-featured-image-horizontal');
      assert.equal(response.statusCode, 200);
      const picture = document.querySelector('picture.featured-image');
      assert.ok(picture, 'the featured image is shown');
      assert.ok(picture.querySelector('source[type="image/avif"]'));
      assert.match(picture.querySelector('img')?.getAttribute('src') ?? '', /^\/media\/[0-9a-f]{16}/);
    });

    test('body images whose attachment comes later in the file still point at the imported media', async () => {
      // The WordPress 6.4 block test set (WordPress/theme-test-data 64-block-test-data.xml, see shared/fixtures/SOURCES.md):
      // its "Image" post (item 14) shows 2008/06/windmill.jpg, whose attachment (post 767) is item 69, after it.
      const BLOCKS = 'test/fixtures/wordpress/64-block-test-data.xml';
      const other = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      const dir = mkdtempSync(join(tmpdir(), 'dossier-uploads-'));
      try {
        mkdirSync(join(dir, '2008/06'), { recursive: true });
        writeFileSync(join(dir, '2008/06/windmill.jpg'), await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 90, g: 140, b: 60 } } }).jpeg().toBuffer());
        const input = () => ({ file: BLOCKS, chunks: chunks(BLOCKS), readUpload: async (path: string) => readFile(join(dir, path)).catch(() => null) });
        const summary = await other.services.transfer.imports.wordpress(input());
        assert.equal(summary.kinds['media']?.created, 1);
        const body = (await other.services.reader.article('image')).article.bodyMarkdown;
        assert.doesNotMatch(body, /files\.wordpress\.com\/2008\/06\/windmill\.jpg/, 'no address left on the old site');
        assert.match(body, /!\[[^\]]*\]\(\/media\/[0-9a-f]{16}[^)]*\)/);
        const { response, document } = await other.page('/2024/02/image');
        assert.equal(response.statusCode, 200);
        const images = [...document.querySelectorAll('.article-body img')];
        assert.ok(images.length > 0 && images.every((img) => /^\/media\//.test(img.getAttribute('src') ?? '')), 'every image of the page is local');
        // The --report details list each post whose images stay on the old site: the other posts, not this one.
        const details = (summary as unknown as { details: string[] }).details;
        assert.ok(details.some((d) => /"Gallery": .* still on the old site/.test(d)), details.join('\n'));
        assert.ok(!details.some((d) => /"Image": /.test(d)), details.join('\n'));
        // Imported again: nothing changes, nothing is saved again.
        const again = await other.services.transfer.imports.wordpress(input());
        assert.equal(again.kinds['articles']?.updated ?? 0, 0);
        assert.equal((await other.services.reader.article('image')).article.bodyMarkdown, body);
      } finally {
        await other.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('without an uploads folder, attachments are skipped with one clear warning', async () => {
      const other = await createTestSite(engine, () => new Date('2026-06-01T12:00:00.000Z'));
      try {
        const summary = await other.services.transfer.imports.wordpress({ file: THEME, chunks: chunks(THEME) });
        assert.equal(summary.kinds['media']?.skipped, 37);
        assert.ok(summary.warnings.some((w) => /^37 attachments were not imported: give the old site's uploads folder/.test(w)));
      } finally {
        await other.close();
      }
    });
  });
}
