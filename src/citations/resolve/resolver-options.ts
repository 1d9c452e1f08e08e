import type { CslItem } from '../../domain/csl.js';
import { resolveIdentifier } from './resolve-identifier.js';

/** The resolver base URLs (DOI_RESOLVER, OPENLIBRARY_URL, PUBMED_URL, ARXIV_URL). */
export interface ResolverUrls {
  doiResolver: string;
  openLibraryUrl: string;
  pubmedUrl: string;
  arxivUrl: string;
}

export const DEFAULT_RESOLVER_URLS: ResolverUrls = {
  doiResolver: 'https://doi.org',
  openLibraryUrl: 'https://openlibrary.org',
  pubmedUrl: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',
  arxivUrl: 'https://export.arxiv.org/api',
};

/** Largest answer the editor's look-ups read (the CLI's default is larger). */
const EDITOR_MAX_BYTES = 1024 * 1024;

/**
 * The resolver a site's "Add source" uses: its base URLs, the link checks' deadline
 * (LINK_CHECK_TIMEOUT_MS, default 10 s) and allow-list (OUTBOUND_ALLOW), 1 MiB per answer.
 */
export function identifierResolver(options: { resolvers?: ResolverUrls; links?: { timeoutMs?: number; outboundAllow?: readonly string[] } }): (input: string) => Promise<CslItem> {
  const urls = options.resolvers ?? DEFAULT_RESOLVER_URLS;
  return (input) => resolveIdentifier(input, { ...urls, timeoutMs: options.links?.timeoutMs ?? 10_000, outboundAllow: options.links?.outboundAllow ?? [], maxBytes: EDITOR_MAX_BYTES });
}
