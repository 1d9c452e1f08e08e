import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { runCli } from '../support/cli.js';
import { rawRows } from '../support/raw-rows.js';

const THEME = 'test/fixtures/wordpress/themeunittestdata.wordpress.xml';
const dir = mkdtempSync(join(tmpdir(), 'dossier-wp-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('dossier import wordpress --uploads: attachments land in the configured MEDIA_DIR', async () => {
  const uploads = join(dir, 'uploads');
  const file = join(uploads, '2013/03/featured-image-horizontal.jpg');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await sharp({ create: { width: 900, height: 500, channels: 3, background: { r: 40, g: 90, b: 140 } } }).jpeg().toBuffer());
  const media = join(dir, 'media');
  const result = runCli(['import', 'wordpress', THEME, '--uploads', uploads], { DATABASE_URL: `sqlite:${join(dir, 'wp.db')}`, MEDIA_DIR: media });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /media\s+1\s+0\s+\d+/);
  assert.ok(readdirSync(media).some((name) => name.endsWith('.webp')), `the image's sizes are in ${media}`);
});

test('--uploads rewrites body images to the imported media; --report lists every warning with its line, the images left on the old site too', async () => {
  const uploads = join(dir, 'uploads-body');
  const file = join(uploads, '2013/03/image-alignment-580x300.jpg');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await sharp({ create: { width: 580, height: 300, channels: 3, background: { r: 90, g: 40, b: 140 } } }).jpeg().toBuffer());
  const db = join(dir, 'body.db');
  const report = join(dir, 'report.json');
  const result = runCli(['import', 'wordpress', THEME, '--uploads', uploads, '--report', report], { DATABASE_URL: `sqlite:${db}`, MEDIA_DIR: join(dir, 'media-body') });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^kind\s+created\s+updated\s+skipped\s+with loss$/m);
  assert.match(result.stdout, /^posts\s+58\s+0\s+0\s+[1-9]\d*$/m, 'posts converted with loss are counted');
  assert.match(result.stdout, /^comments\s+\d+\s+0\s+[1-9]/m);
  assert.match(result.stdout, /images? in \d+ posts? still points? at the old site/);
  const [article] = (await rawRows({ target: { engine: 'sqlite', path: db }, drop: async () => {} }, 'articles')).filter((a) => a['slug'] === 'markup-image-alignment');
  assert.ok(article, 'the post is there');
  assert.match(String(article['body_markdown']), /!\[Image Alignment 580x300\]\(\/media\/[a-f0-9]{16}\.jpg\)/);
  assert.doesNotMatch(String(article['body_markdown']), /files\.wordpress\.com\/2013\/03\/image-alignment-580x300\.jpg/);
  const json = JSON.parse(readFileSync(report, 'utf8')) as { importer: string; kinds: Record<string, { created: number; lossy: number }>; warnings: Array<{ file?: string; line?: number; post?: string; message: string }> };
  assert.equal(json.importer, 'wordpress');
  assert.equal(json.kinds['posts']?.created, 58);
  const comments = json.warnings.filter((w) => /^comment \d+ on .* skipped: /.test(w.message));
  assert.ok(comments.length > 0 && comments.every((w) => w.file === THEME && typeof w.line === 'number'), JSON.stringify(comments));
  const left = json.warnings.filter((w) => /still on the old site/.test(w.message));
  assert.ok(left.length > 0 && left.every((w) => typeof w.line === 'number' && w.post));
  assert.ok(!left.some((w) => w.post === 'Markup: Image Alignment' && /image-alignment-580x300\.jpg/.test(w.message)), 'the imported image is not listed');
});
