import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ARXIV_EMPTY, ARXIV_FEED, PUBMED_SUMMARY, PUBMED_UNKNOWN } from '../fixtures/resolver-answers.js';

// `dossier cite` as users run it: the built CLI (npm run build first) against resolvers on
// 127.0.0.1 answering recorded-looking responses written for this test.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function runBuilt(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['bin/dossier.js', ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => child.once('close', (status) => (clearTimeout(timer), resolve({ status, stdout, stderr }))));
}

const CROSSREF = {
  indexed: { 'date-parts': [[2024, 1, 2]] }, publisher: 'Tidewater Academic Press', issue: '3', DOI: '10.5555/tide.2020.017',
  type: 'article-journal', page: '101-119', source: 'Crossref', title: 'Salt Marsh Retreat on a Warming Coast',
  volume: '12', author: [{ given: 'Ines', family: 'Okafor', sequence: 'first' }, { given: 'Tomas', family: 'Lindqvist', sequence: 'additional' }],
  'container-title': 'Journal of Coastal Change', issued: { 'date-parts': [[2020, 6]] }, URL: 'https://doi.org/10.5555/tide.2020.017',
};
const EDITION = {
  title: 'The Lantern Keepers', subtitle: 'Lighthouses and Their Crews', publishers: ['Northgate Books'], publish_places: ['Halifax'],
  publish_date: 'March 4, 2011', number_of_pages: 312, authors: [{ key: '/authors/OL1234567A' }], key: '/books/OL7654321M',
};
const AUTHOR = { name: 'Margit Havel', personal_name: 'Margit Havel', key: '/authors/OL1234567A' };
const HIGHWIRE = `<!doctype html><html><head><title>Ignored site title</title>
<meta name="citation_title" content="Fog Signals &amp; Shipping Lanes">
<meta name="citation_author" content="Pereira, Lucas"><meta name="citation_author" content="Aiko Tanaka">
<meta name="citation_journal_title" content="Maritime History Review"><meta name="citation_volume" content="44">
<meta name="citation_issue" content="2"><meta name="citation_firstpage" content="55"><meta name="citation_lastpage" content="78">
<meta name="citation_publication_date" content="2018/09/01"><meta name="citation_doi" content="10.5555/mhr.44.2.55">
</head><body><h1>Fog Signals</h1></body></html>`;
const JSON_LD = `<!doctype html><html><head><title>Harbour News</title><meta property="og:title" content="OG title not used">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry Timetable Changes for Winter",
"author":{"@type":"Person","name":"Rosa Delgado"},"datePublished":"2023-11-20T08:00:00Z","publisher":{"@type":"Organization","name":"Harbour News"}}</script>
<script type="application/ld+json">{ not json</script></head><body><p>Text.</p></body></html>`;

describe('dossier cite', () => {
  let server: Server;
  let origin = '';
  let env: Record<string, string>;
  const hanging: ServerResponse[] = [];

  before(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? '';
      const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (url === '/doi/10.5555/tide.2020.017') {
        if (req.headers.accept !== 'application/vnd.citationstyles.csl+json') return res.writeHead(406).end();
        return res.writeHead(200, { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' }).end(JSON.stringify(CROSSREF));
      }
      if (decodeURI(url) === '/doi/10.5555/caf\u00e9-2021') return json(200, { type: 'dataset', title: 'Caf\u00e9 Receipts, 1890\u20131910', author: [{ name: 'Harbour Archive Trust' }] });
      if (url === '/doi/10.5555/html-answer') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Choose a format</body></html>');
      if (url === '/doi/10.5555/huge') return res.writeHead(200, { 'content-type': 'application/json' }).end(`{"title":"${'x'.repeat(3 * 1024 * 1024)}"}`);
      if (url === '/doi/10.5555/hostile') return json(200, { title: [{ '$ne': null }], author: 'not a list', 'container-title': '<script>alert(1)</script>' });
      if (url === '/doi/10.5555/hangs') return void hanging.push(res);
      if (url === '/pubmed/esummary.fcgi?db=pubmed&retmode=json&id=31415926') return json(200, PUBMED_SUMMARY);
      if (url === '/pubmed/esummary.fcgi?db=pubmed&retmode=json&id=99999999') return json(200, PUBMED_UNKNOWN);
      if (url === '/arxiv/query?id_list=2101.00001&max_results=1') return res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' }).end(ARXIV_FEED);
      if (url === '/arxiv/query?id_list=2101.99999&max_results=1') return res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(ARXIV_EMPTY);
      if (url === '/arxiv/query?id_list=2101.55555&max_results=1') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>busy</html>');
      if (url === '/ol/isbn/9780306406157.json') return json(200, EDITION);
      if (url === '/ol/authors/OL1234567A.json') return json(200, AUTHOR);
      if (url === '/page/highwire') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HIGHWIRE);
      if (url === '/page/json-ld') return res.writeHead(200, { 'content-type': 'text/html' }).end(JSON_LD);
      if (url === '/page/moved') return res.writeHead(301, { location: '/page/json-ld' }).end();
      json(404, { error: 'not found' });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    env = { DOI_RESOLVER: `${origin}/doi`, OPENLIBRARY_URL: `${origin}/ol`, PUBMED_URL: `${origin}/pubmed`, ARXIV_URL: `${origin}/arxiv`, OUTBOUND_ALLOW: '127.0.0.1', LINK_CHECK_TIMEOUT_MS: '1500' };
  });
  after(async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('a DOI in any of its spellings resolves by content negotiation to CSL-JSON', async () => {
    for (const spelling of ['10.5555/tide.2020.017', 'doi:10.5555/tide.2020.017', 'https://doi.org/10.5555/tide.2020.017']) {
      const result = await runBuilt(['cite', spelling, '--json'], env);
      assert.equal(result.status, 0, result.stderr);
      const [item] = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
      assert.equal(item!['title'], 'Salt Marsh Retreat on a Warming Coast');
      assert.equal(item!['DOI'], '10.5555/tide.2020.017');
      assert.equal(item!['volume'], '12');
      assert.deepEqual(item!['author'], [{ family: 'Okafor', given: 'Ines' }, { family: 'Lindqvist', given: 'Tomas' }]);
      assert.deepEqual(item!['issued'], { 'date-parts': [[2020, 6]] });
    }
  });

  test('a DOI with unicode (typed decomposed) is sent in NFC, percent-encoded; DataCite-style names are kept', async () => {
    const result = await runBuilt(['cite', 'doi:10.5555/cafe\u0301-2021', '--json'], env);
    assert.equal(result.status, 0, result.stderr);
    const [item] = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    assert.equal(item!['type'], 'dataset');
    assert.equal(item!['DOI'], '10.5555/caf\u00e9-2021');
    assert.deepEqual(item!['author'], [{ literal: 'Harbour Archive Trust' }]);
  });

  test('a DOI renders in a shipped style', async () => {
    const result = await runBuilt(['cite', '10.5555/tide.2020.017', '--style', 'apa'], env);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Okafor, I\., & Lindqvist, T\. \(2020\)\. Salt Marsh Retreat on a Warming Coast\. Journal of Coastal Change, 12\(3\), 101–119/);
  });

  test('an ISBN resolves through Open Library with its author, and an access date', async () => {
    const result = await runBuilt(['cite', 'ISBN 978-0-306-40615-7', '--json'], env);
    assert.equal(result.status, 0, result.stderr);
    const [item] = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    assert.equal(item!['type'], 'book');
    assert.equal(item!['title'], 'The Lantern Keepers: Lighthouses and Their Crews');
    assert.deepEqual(item!['author'], [{ family: 'Havel', given: 'Margit' }]);
    assert.equal(item!['publisher'], 'Northgate Books');
    assert.deepEqual(item!['issued'], { 'date-parts': [[2011, 3, 4]] });
    assert.ok(item!['accessed']);
    const styled = await runBuilt(['cite', '9780306406157'], env);
    assert.equal(styled.status, 0, styled.stderr);
    assert.match(styled.stdout, /^Margit Havel, The Lantern Keepers: Lighthouses and Their Crews \(Northgate Books, 2011\)\.$/m);
  });

  test('a page with Highwire tags becomes a journal article with pages, volume, issue and DOI', async () => {
    const result = await runBuilt(['cite', `${origin}/page/highwire`, '--json'], env);
    assert.equal(result.status, 0, result.stderr);
    const [item] = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    assert.equal(item!['type'], 'article-journal');
    assert.equal(item!['title'], 'Fog Signals & Shipping Lanes');
    assert.deepEqual(item!['author'], [{ family: 'Pereira', given: 'Lucas' }, { family: 'Tanaka', given: 'Aiko' }]);
    assert.equal(item!['container-title'], 'Maritime History Review');
    assert.equal(item!['page'], '55–78');
    assert.equal(item!['DOI'], '10.5555/mhr.44.2.55');
    assert.deepEqual(item!['issued'], { 'date-parts': [[2018, 9, 1]] });
    const today = new Date();
    assert.deepEqual(item!['accessed'], { 'date-parts': [[today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()]] });
  });

  test('a page with only JSON-LD (reached through a redirect) is read from it; a malformed block is skipped', async () => {
    const result = await runBuilt(['cite', `${origin}/page/moved`, '--json'], env);
    assert.equal(result.status, 0, result.stderr);
    const [item] = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    assert.equal(item!['type'], 'article-newspaper');
    assert.equal(item!['title'], 'Ferry Timetable Changes for Winter');
    assert.deepEqual(item!['author'], [{ family: 'Delgado', given: 'Rosa' }]);
    assert.deepEqual(item!['issued'], { 'date-parts': [[2023, 11, 20]] });
    assert.equal(item!['URL'], `${origin}/page/moved`);
  });

  test('a PMID resolves through E-utilities and an arXiv id through the arXiv API', async () => {
    const pubmed = await runBuilt(['cite', 'PMID: 31415926', '--json'], env);
    assert.equal(pubmed.status, 0, pubmed.stderr);
    const [article] = JSON.parse(pubmed.stdout) as Array<Record<string, unknown>>;
    assert.equal(article!['title'], 'Salt exposure and kidney function in estuary fishers');
    assert.equal(article!['DOI'], '10.5555/jch.2019.0142');
    const arxiv = await runBuilt(['cite', 'https://arxiv.org/abs/2101.00001', '--style', 'apa'], env);
    assert.equal(arxiv.status, 0, arxiv.stderr);
    assert.match(arxiv.stdout, /Delgado, R\., & Mori, K\. \(2021\)\. Tidal Models for Small Harbours/);
  });

  const bad: Array<[string, string[], number, RegExp]> = [
    ['not an identifier', ['cite', 'hello world'], 2, /not a DOI, an ISBN, a PMID, an arXiv id or an http\(s\) URL/],
    ['a PMID PubMed does not know', ['cite', 'pmid:99999999'], 1, /PMID 99999999: PubMed has no record/],
    ['an arXiv id arXiv does not know', ['cite', 'arXiv:2101.99999'], 1, /arXiv 2101\.99999: arXiv has no paper/],
    ['arXiv answering HTML', ['cite', 'arXiv:2101.55555'], 1, /expected an Atom feed but .* answered text\/html/],
    ['an ISBN with a wrong check digit', ['cite', '978-0-306-40615-8'], 2, /not a valid ISBN/],
    ['an unknown style', ['cite', '10.5555/tide.2020.017', '--style', 'nope'], 2, /--style must be one of/],
    ['a DOI that resolves to nothing', ['cite', '10.5555/missing'], 1, /DOI 10\.5555\/missing: not found \(404/],
    ['an ISBN Open Library does not know', ['cite', '0-306-40615-2'], 1, /ISBN 0306406152: not found/],
    ['a resolver answering HTML', ['cite', '10.5555/html-answer'], 1, /expected JSON but .* answered text\/html/],
    ['a huge answer', ['cite', '10.5555/huge'], 1, /larger than \d+ bytes/],
    ['hostile metadata', ['cite', '10.5555/hostile'], 1, /record has no title/],
    ['a resolver that hangs', ['cite', '10.5555/hangs'], 1, /no answer from 127\.0\.0\.1:\d+ within 1500 ms/],
  ];
  for (const [name, args, code, message] of bad) {
    test(`bad input: ${name} → one line on stderr, exit ${code}, nothing on stdout`, async () => {
      const started = performance.now();
      const result = await runBuilt(args, env);
      assert.equal(result.status, code, result.stderr);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.equal(result.stdout, '');
      assert.ok(performance.now() - started < 20_000);
    });
  }

  test('a private address is refused without OUTBOUND_ALLOW', async () => {
    const result = await runBuilt(['cite', `${origin}/page/highwire`], { ...env, OUTBOUND_ALLOW: '' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /refused/);
  });
});
