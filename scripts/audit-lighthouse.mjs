#!/usr/bin/env node
// `npm run audit:lighthouse`: starts the built site with the demo content on a free
// 127.0.0.1 port, runs Lighthouse 12 (Debian's Chromium) on the home page, the longest demo
// article, a section and a search, prints the four category scores of each page, writes the
// JSON reports to test-output/lighthouse/, and exits 1 when any score is under MIN_SCORE.
// Run `npm run build` first (the npm script does). CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test-output', 'lighthouse');
const MIN_SCORE = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function fail(message) {
  console.error(`audit:lighthouse: ${message}`);
  process.exit(2);
}

/** A port nothing listens on right now. */
function freePort() {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Runs a command to its end; resolves with its exit code. */
function run(command, args, options) {
  return new Promise((done, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options });
    child.once('error', reject);
    child.once('exit', (code) => done(code ?? 1));
  });
}

/** The site's paths to audit: home, the longest demo article, its section, a search. */
async function auditedPaths() {
  const { demoContent } = await import(pathToFileURL(join(ROOT, 'dist', 'demo', 'content.js')).href);
  const published = demoContent.articles.filter((a) => (a.status ?? 'published') === 'published');
  const longest = published.reduce((a, b) => (b.body.length > a.body.length ? b : a));
  const section = demoContent.sections.find((s) => s.slug === longest.section);
  return [
    ['home', '/'],
    ['article', `/${longest.publishedAt.slice(0, 4)}/${longest.publishedAt.slice(5, 7)}/${longest.slug}`],
    ['section', `/section/${section.parent ? `${section.parent}/` : ''}${section.slug}`],
    ['search', '/search?q=water'],
  ];
}

/** Starts `dossier serve` on a fresh SQLite database (seeded with the demo) and waits for its home page. */
async function startSite(dir, port) {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['bin/dossier.js', 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'dossier.db')}`, MEDIA_DIR: join(dir, 'media'), SITE_URL: base, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) fail(`the site exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      child.kill();
      fail('the site did not answer within 60 s');
    }
    try {
      const response = await fetch(`${base}/`);
      await response.arrayBuffer();
      if (response.status === 200) return { base, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

if (!existsSync(CHROMIUM)) fail(`Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`);
if (!existsSync(join(ROOT, 'dist', 'bundle', 'main.js'))) fail('run `npm run build` first.');
const lighthouse = join(ROOT, 'node_modules', '.bin', 'lighthouse');
if (!existsSync(lighthouse)) fail('lighthouse is not installed: npm ci.');

mkdirSync(OUT, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'dossier-lighthouse-'));
const paths = await auditedPaths();
// Search results carry `noindex` on purpose (endless query pages are not for search engines),
// so the one audit that asks every page to be indexable is left out there, and only there.
const SKIPPED = { search: ['is-crawlable'] };
const { base, child } = await startSite(dir, await freePort());
const rows = [];
let failing = 0;
try {
  for (const [name, path] of paths) {
    const report = join(OUT, `${name}.json`);
    const profile = mkdtempSync(join(dir, 'profile-'));
    const skip = SKIPPED[name] ? [`--skip-audits=${SKIPPED[name].join(',')}`] : [];
    const once = () => run(lighthouse, [base + path, '--output=json', `--output-path=${report}`, '--quiet', ...skip,
      `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${profile}`].join(' ')}`], { env: { ...process.env, CHROME_PATH: CHROMIUM } });
    // A busy machine sometimes loses the trace (NO_NAVSTART); one more try before giving up.
    const code = (await once()) === 0 ? 0 : await once();
    if (code !== 0) fail(`lighthouse exited with ${code} on ${path}`);
    const result = JSON.parse(readFileSync(report, 'utf8'));
    const scores = CATEGORIES.map((c) => Math.round((result.categories[c]?.score ?? 0) * 100));
    const below = [];
    for (const [i, category] of CATEGORIES.entries()) {
      if (scores[i] >= MIN_SCORE) continue;
      failing += 1;
      // The audits that cost points in this category, biggest loss first.
      const costs = result.categories[category].auditRefs
        .filter((ref) => ref.weight > 0 && (result.audits[ref.id].score ?? 1) < 1)
        .sort((a, b) => b.weight * (1 - result.audits[b.id].score) - a.weight * (1 - result.audits[a.id].score))
        .map((ref) => `${ref.id} (${result.audits[ref.id].displayValue ?? result.audits[ref.id].score})`);
      below.push(`${category}: ${costs.join(', ') || 'see the report'}`);
    }
    rows.push({ name, path, scores, below });
  }
} finally {
  child.kill();
  rmSync(dir, { recursive: true, force: true });
}

const pad = (text, width) => String(text).padEnd(width);
console.log(`\nLighthouse ${JSON.parse(readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version}, ${CHROMIUM} (reports in ${OUT})\n`);
console.log(`${pad('page', 10)}${CATEGORIES.map((c) => pad(c, 16)).join('')}path`);
for (const row of rows) {
  console.log(`${pad(row.name, 10)}${row.scores.map((s) => pad(s, 16)).join('')}${row.path}`);
  for (const line of row.below) console.log(`  below ${MIN_SCORE} in ${line}`);
}
if (failing > 0) {
  console.error(`\n${failing} score(s) under ${MIN_SCORE}.`);
  process.exit(1);
}
console.log(`\nEvery score is at least ${MIN_SCORE}.`);
