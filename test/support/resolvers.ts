import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SiteOptions } from '../../src/main.js';
import { ARXIV_EMPTY, ARXIV_FEED, CROSSREF_RECORD, PUBMED_SUMMARY, PUBMED_UNKNOWN } from '../fixtures/resolver-answers.js';

/** Identifier resolvers on 127.0.0.1 answering recorded-looking responses, and the site options that point at them. */
export interface ResolverServers {
  origin: string;
  /** `resolvers` and `links` (deadline, allow-list for 127.0.0.1) for openSite / createTestSite. */
  siteOptions: Pick<SiteOptions, 'resolvers' | 'links'>;
  /** The same, as environment variables for a served site. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Serves: DOI 10.5555/tide.2020.017 (Crossref CSL-JSON), 10.5555/html-answer (an HTML page),
 * 10.5555/hangs (never answers), 10.5555/café-2021 (unicode), 10.5555/huge (2 MiB),
 * 10.5555/hostile (no usable title), 10.5555/sneaky (markup and Markdown in its fields); PMID 31415926 and the unknown 99999999; arXiv 2101.00001 and
 * the unknown 2101.99999; anything else 404.
 */
export async function startResolverServers(timeoutMs = 1500): Promise<ResolverServers> {
  const hanging: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url === '/doi/10.5555/tide.2020.017') return res.writeHead(200, { 'content-type': 'application/vnd.citationstyles.csl+json' }).end(JSON.stringify(CROSSREF_RECORD));
    if (url === '/doi/10.5555/html-answer') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Choose a format</body></html>');
    if (url === '/doi/10.5555/hangs') return void hanging.push(res);
    if (decodeURI(url) === '/doi/10.5555/caf\u00e9-2021') return json(200, { type: 'dataset', title: 'Caf\u00e9 Receipts, 1890\u20131910', author: [{ name: 'Harbour Archive Trust' }] });
    if (url === '/doi/10.5555/huge') return res.writeHead(200, { 'content-type': 'application/json' }).end(`{"title":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    if (url === '/doi/10.5555/hostile') return json(200, { title: [{ $ne: null }], author: 'not a list', 'container-title': '<script>alert(1)</script>' });
    if (url === '/doi/10.5555/sneaky') return json(200, { type: 'book', title: `<img src=x onerror=alert(1)> [^9]: *fake* ${'long '.repeat(300)}`, author: [{ family: '<b>Evil</b>', given: '\u202eReversed' }], URL: 'javascript:alert(1)' });
    if (url === '/pubmed/esummary.fcgi?db=pubmed&retmode=json&id=31415926') return json(200, PUBMED_SUMMARY);
    if (url === '/pubmed/esummary.fcgi?db=pubmed&retmode=json&id=99999999') return json(200, PUBMED_UNKNOWN);
    if (url === '/arxiv/query?id_list=2101.00001&max_results=1') return res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(ARXIV_FEED);
    if (url === '/arxiv/query?id_list=2101.99999&max_results=1') return res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(ARXIV_EMPTY);
    json(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const resolvers = { doiResolver: `${origin}/doi`, openLibraryUrl: `${origin}/ol`, pubmedUrl: `${origin}/pubmed`, arxivUrl: `${origin}/arxiv` };
  return {
    origin,
    siteOptions: { resolvers, links: { timeoutMs, outboundAllow: ['127.0.0.1'] } },
    env: { DOI_RESOLVER: resolvers.doiResolver, OPENLIBRARY_URL: resolvers.openLibraryUrl, PUBMED_URL: resolvers.pubmedUrl, ARXIV_URL: resolvers.arxivUrl, OUTBOUND_ALLOW: '127.0.0.1', LINK_CHECK_TIMEOUT_MS: String(timeoutMs) },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
