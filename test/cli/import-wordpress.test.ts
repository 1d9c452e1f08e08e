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

/** `dossier ARGS` without blocking this process, which serves the old site. */
async function runCliAsync(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, stdout, stderr })));
}

test('--fetch-media downloads attachments from the old site (a 127.0.0.1 server, allowed by OUTBOUND_ALLOW), politely, and body images follow', async () => {
  const { createServer } = await import('node:http');
  const image = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 10, g: 120, b: 90 } } }).jpeg().toBuffer();
  const requests: Array<{ url: string; agent: string }> = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', agent: String(req.headers['user-agent']) });
    if (req.url === '/wp-content/uploads/2013/09/husk.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(image);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    // The channel of the theme unit test data with one attachment and the post that shows it
    // (post-format-image-linked, its image moved to the test server).
    const theme = readFileSync(THEME, 'utf8');
    const head = theme.slice(0, theme.indexOf('<item>'));
    const xml = `${head}<item><title>husk</title><link>${base}/husk/</link><wp:post_id>612</wp:post_id><wp:post_date_gmt>2013-09-01 00:00:00</wp:post_date_gmt><wp:post_name>husk</wp:post_name><wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type><wp:attachment_url>${base}/wp-content/uploads/2013/09/husk.jpg</wp:attachment_url></item>
<item><title>Post Format: Image (Linked)</title><link>${base}/2010/08/06/post-format-image-linked/</link><wp:post_id>568</wp:post_id><wp:post_date_gmt>2010-08-06 15:09:39</wp:post_date_gmt><wp:post_name>post-format-image-linked</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><content:encoded><![CDATA[[caption id="attachment_612" caption="Chunk of resinous blackboy husk."]<a href="${base}/wp-content/uploads/2013/09/husk.jpg"><img src="${base}/wp-content/uploads/2013/09/husk-300x225.jpg" alt="husk" /></a>[/caption]]]></content:encoded></item></channel></rss>`;
    const file = join(dir, 'fetch.xml');
    writeFileSync(file, xml);
    const db = join(dir, 'fetch.db');
    const result = await runCliAsync(['import', 'wordpress', file, '--fetch-media'], { DATABASE_URL: `sqlite:${db}`, MEDIA_DIR: join(dir, 'media-fetch'), OUTBOUND_ALLOW: '127.0.0.1' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^media\s+1\s+0\s+0\s+0$/m);
    assert.ok(requests.some((r) => r.url === '/robots.txt'), 'robots.txt was asked');
    assert.ok(requests.every((r) => /^DossierLinkChecker\//.test(r.agent)));
    const [article] = await rawRows({ target: { engine: 'sqlite', path: db }, drop: async () => {} }, 'articles');
    assert.match(String(article?.['body_markdown']), /^\[!\[husk\]\(\/media\/[a-f0-9]{16}\.jpg "Chunk of resinous blackboy husk\."\)\]\(\/media\/[a-f0-9]{16}\.jpg\)$/);
    // Without OUTBOUND_ALLOW the guard refuses 127.0.0.1: nothing fetched, the attachment skipped with its line.
    const refused = await runCliAsync(['import', 'wordpress', file, '--fetch-media'], { DATABASE_URL: `sqlite:${join(dir, 'refused.db')}`, MEDIA_DIR: join(dir, 'media-refused'), OUTBOUND_ALLOW: '' });
    assert.equal(refused.status, 0, refused.stderr);
    assert.match(refused.stdout, /^media\s+0\s+0\s+1\s+0$/m);
    assert.match(refused.stdout, /fetch\.xml:\d+: the attachment "2013\/09\/husk\.jpg" is not in the uploads folder; skipped\./);
  } finally {
    server.close();
  }
});
