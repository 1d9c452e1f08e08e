import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { runCli } from '../support/cli.js';

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
