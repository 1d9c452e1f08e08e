import type { CitedLink } from '../../domain/link-record.js';
import { normaliseLinkUrl } from '../../domain/link-url.js';
import type { LinkSource } from './ports.js';

/** One URL to check, however many notes cite it and however they wrote it. */
export interface LinkTarget {
  /** Normalised URL. */
  url: string;
  sources: LinkSource[];
  /** The earliest access date any citing note states: the page as first cited. */
  accessed: string | null;
  /** Slugs of the articles citing it. */
  articles: string[];
}

/** Groups cited URLs by normalised form; URLs that are not checkable http(s) come back apart. */
export function groupTargets(cited: readonly CitedLink[]): { targets: LinkTarget[]; unusable: CitedLink[] } {
  const byUrl = new Map<string, LinkTarget>();
  const unusable: CitedLink[] = [];
  for (const link of cited) {
    const normal = normaliseLinkUrl(link.sourceUrl);
    if (!normal) {
      unusable.push(link);
      continue;
    }
    let target = byUrl.get(normal.url);
    if (!target) {
      target = { url: normal.url, sources: [], accessed: null, articles: [] };
      byUrl.set(normal.url, target);
    }
    if (!target.sources.some((s) => s.sourceUrl === link.sourceUrl)) target.sources.push({ sourceUrl: link.sourceUrl, fragment: normal.fragment });
    if (link.accessed && (target.accessed === null || link.accessed < target.accessed)) target.accessed = link.accessed;
    if (!target.articles.includes(link.articleSlug)) target.articles.push(link.articleSlug);
  }
  return { targets: [...byUrl.values()], unusable };
}
