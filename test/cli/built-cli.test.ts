// The CLI as users run it: bin/dossier.js loads the bundle that `npm install` builds
// (scripts/bundle.mjs). Files found beside the code (stylesheets, admin scripts, CSL styles,
// the citation worker) must still be found from inside the bundle.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startServe } from '../support/cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-built-'));

describe('the built CLI (bin/dossier.js)', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('is built by npm install', () => {
    assert.ok(existsSync(join(root, 'dist/bundle/main.js')), 'dist/bundle/main.js is missing: run `npm run build`');
  });

  test('serves the demo from two workers: pages, formatted notes, stylesheets and admin script', async (t) => {
    const port = await freePort();
    const started = Date.now();
    const server = await startServe(['--port', String(port), '--host', '127.0.0.1', '--workers', '2'], { DATABASE_URL: join(dir, 'built.db') }, { built: true });
    try {
      const base = `http://127.0.0.1:${port}`;
      const home = await (await fetch(`${base}/`)).text();
      t.diagnostic(`first answer ${Date.now() - started} ms after spawn (bundled, two workers, first run with seeding)`);
      assert.match(server.stdout, /with 2 workers .*demo content added/);
      const stylesheet = /href="(\/assets\/site\.[0-9a-f]+\.css)"/.exec(home)?.[1];
      assert.ok(stylesheet, 'the home page links its stylesheet');
      const css = await fetch(base + stylesheet);
      assert.equal(css.status, 200);
      assert.match(css.headers.get('content-type') ?? '', /text\/css/);

      // The background job formats the demo's notes in the citation worker (CSL, Chicago notes):
      // "Howse, Derek. *Title*." as typed becomes "Derek Howse, <i>Title</i> (…)".
      const article = /href="(\/\d{4}\/\d{2}\/railway-time)"/.exec(home)?.[1];
      assert.ok(article, 'the home page links the railway-time article');
      const formatted = /class="note-text">Derek Howse, <i>Greenwich Time and the Discovery of the Longitude<\/i>/;
      let page = '';
      for (let tries = 0; tries < 120 && !formatted.test(page); tries += 1) {
        if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 250));
        page = await (await fetch(base + article)).text();
      }
      assert.match(page, formatted);

      const login = await (await fetch(`${base}/admin/login`)).text();
      for (const asset of [/href="(\/admin\/assets\/admin\.[0-9a-f]+\.css)"/, /src="(\/admin\/assets\/admin\.[0-9a-f]+\.js)"/]) {
        const path = asset.exec(login)?.[1];
        assert.ok(path, `the sign-in page links ${asset}`);
        assert.equal((await fetch(base + path)).status, 200, path);
      }
    } finally {
      await server.stop();
    }
  });
});
