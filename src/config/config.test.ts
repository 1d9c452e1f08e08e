import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './config.js';
import { StartupError } from './startup-error.js';

test('defaults: SQLite in ./data, port 3000 on localhost', () => {
  const config = loadConfig({});
  assert.deepEqual(config.database, { engine: 'sqlite', path: './data/dossier.db' });
  assert.equal(config.port, 3000);
  assert.equal(config.host, 'localhost');
  assert.equal(config.siteUrl, 'http://localhost:3000');
  assert.ok(Object.isFrozen(config));
});

test('flags override the environment', () => {
  const config = loadConfig({ PORT: '4000', HOST: '0.0.0.0', DATABASE_URL: 'postgres://u@h/db' }, { port: '5000' });
  assert.equal(config.port, 5000);
  assert.equal(config.siteUrl, 'http://localhost:5000');
  assert.equal(config.database.engine, 'postgres');
});

test('SITE_URL is used as given, without a trailing slash', () => {
  assert.equal(loadConfig({ SITE_URL: 'https://desk.example.org/' }).siteUrl, 'https://desk.example.org');
});

test('bad values name the variable', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), (e: unknown) => e instanceof StartupError && /^PORT is invalid/.test(e.message));
  assert.throws(() => loadConfig({ SITE_URL: 'ftp://x' }), (e: unknown) => e instanceof StartupError && /^SITE_URL/.test(e.message));
  assert.throws(() => loadConfig({ DATABASE_URL: 'mongodb://x' }), (e: unknown) => e instanceof StartupError && /unsupported scheme/.test(e.message));
});

test('TRUST_PROXY: off by default, a hop count, or a list of proxy addresses and ranges', () => {
  assert.equal(loadConfig({}).trustProxy, false);
  assert.equal(loadConfig({ TRUST_PROXY: 'false' }).trustProxy, false);
  assert.equal(loadConfig({ TRUST_PROXY: '0' }).trustProxy, false);
  assert.equal(loadConfig({ TRUST_PROXY: '1' }).trustProxy, 1);
  assert.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
  assert.deepEqual(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8,loopback' }).trustProxy, ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', 'loopback']);
});

test('TRUST_PROXY=true is refused at start-up, saying what to give instead', () => {
  assert.throws(
    () => loadConfig({ TRUST_PROXY: 'true' }),
    (e: unknown) => e instanceof StartupError && /^TRUST_PROXY=true is no longer accepted/.test(e.message) && /TRUST_PROXY=1/.test(e.message) && /TRUST_PROXY=127\.0\.0\.1,10\.0\.0\.0\/8/.test(e.message),
  );
});

test('a bad TRUST_PROXY entry is named', () => {
  assert.throws(() => loadConfig({ TRUST_PROXY: '10.0.0.1,proxy.local' }), (e: unknown) => e instanceof StartupError && /^TRUST_PROXY is invalid/.test(e.message) && /"proxy\.local" is not an IP address/.test(e.message));
  assert.throws(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' }), (e: unknown) => e instanceof StartupError && /"10\.0\.0\.0\/33"/.test(e.message));
  assert.throws(() => loadConfig({ TRUST_PROXY: 'yes' }), (e: unknown) => e instanceof StartupError && /"yes"/.test(e.message));
  assert.throws(() => loadConfig({ TRUST_PROXY: '99' }), (e: unknown) => e instanceof StartupError && /at most 16/.test(e.message));
});

test('OUTBOUND_ALLOW: empty by default; addresses and CIDRs, comma or space separated; a bad entry is named', () => {
  assert.deepEqual(loadConfig({}).outboundAllow, []);
  assert.deepEqual(loadConfig({ OUTBOUND_ALLOW: '127.0.0.1, ::1 10.0.0.0/8' }).outboundAllow, ['127.0.0.1', '::1', '10.0.0.0/8']);
  assert.throws(
    () => loadConfig({ OUTBOUND_ALLOW: '127.0.0.1,intranet' }),
    (e: unknown) => e instanceof StartupError && e.message === 'OUTBOUND_ALLOW is invalid (got "127.0.0.1,intranet"): "intranet" is not an IP address or CIDR range (e.g. 127.0.0.1, ::1, 10.0.0.0/8).',
  );
});

test('PG_DUMP and PSQL name the client programs backup and restore run; PG_DUMP=off turns pg_dump off', () => {
  assert.deepEqual([loadConfig({}).pgDump, loadConfig({}).psql], ['pg_dump', 'psql']);
  assert.deepEqual([loadConfig({ PG_DUMP: '/opt/pg16/bin/pg_dump', PSQL: '/opt/pg16/bin/psql' }).pgDump, loadConfig({ PSQL: '/opt/pg16/bin/psql' }).psql], ['/opt/pg16/bin/pg_dump', '/opt/pg16/bin/psql']);
  assert.equal(loadConfig({ PG_DUMP: 'off' }).pgDump, null);
});

test('PUBMED_URL and ARXIV_URL: public defaults, trailing slashes dropped, non-http(s) refused by name', () => {
  assert.deepEqual([loadConfig({}).pubmedUrl, loadConfig({}).arxivUrl], ['https://eutils.ncbi.nlm.nih.gov/entrez/eutils', 'https://export.arxiv.org/api']);
  assert.equal(loadConfig({ PUBMED_URL: 'http://127.0.0.1:9/pubmed/' }).pubmedUrl, 'http://127.0.0.1:9/pubmed');
  assert.throws(() => loadConfig({ ARXIV_URL: 'file:///etc' }), (e: unknown) => e instanceof StartupError && /^ARXIV_URL is invalid/.test(e.message));
});

test('DOI_RESOLVER and OPENLIBRARY_URL: public defaults, trailing slashes dropped, non-http(s) refused by name', () => {
  assert.deepEqual([loadConfig({}).doiResolver, loadConfig({}).openLibraryUrl], ['https://doi.org', 'https://openlibrary.org']);
  assert.equal(loadConfig({ DOI_RESOLVER: 'http://127.0.0.1:9/doi/' }).doiResolver, 'http://127.0.0.1:9/doi');
  assert.throws(() => loadConfig({ DOI_RESOLVER: 'ftp://doi.example' }), (e: unknown) => e instanceof StartupError && /^DOI_RESOLVER is invalid \(got "ftp:\/\/doi\.example"\)/.test(e.message));
  assert.throws(() => loadConfig({ OPENLIBRARY_URL: 'openlibrary' }), (e: unknown) => e instanceof StartupError && /^OPENLIBRARY_URL is invalid/.test(e.message));
});
