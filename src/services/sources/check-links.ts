import { notFound } from '../../domain/errors.js';
import type { CitedLink } from '../../domain/link-record.js';
import { settingsFromEntries } from '../../domain/settings.js';
import type { Clock, Store } from '../ports.js';
import { checkLink, linkRules, type LinkCheckResult } from './check-link.js';
import type { LinkTools } from './ports.js';
import { groupTargets } from './link-targets.js';

/** What `checkLinks` is asked to do. */
export interface CheckLinksInput {
  /** Only the links of this article (whatever its status); without it, the links of published articles. */
  articleSlug?: string;
  /** Checks in flight at once across all hosts (each host still gets at most two). */
  concurrency?: number;
  /** Told how many URLs there are before the first check starts. */
  onStart?: (total: number) => void;
  /** Told about each finished check, in the order they finish. */
  onResult?: (result: LinkCheckResult) => void;
}

/** What a run of checks did. */
export interface CheckLinksReport {
  results: LinkCheckResult[];
  /** Cited URLs that are not checkable http(s) URLs (malformed, another scheme, too long). */
  unusable: CitedLink[];
}

/** Checks every URL published articles cite (or one named article's), now, without the job queue. */
export async function checkLinks(store: Store, clock: Clock, tools: LinkTools, input: CheckLinksInput = {}): Promise<CheckLinksReport> {
  const { repos } = store;
  if (input.articleSlug !== undefined && !(await repos.articles.findBySlug(input.articleSlug))) {
    throw notFound(`There is no article "${input.articleSlug}".`);
  }
  // The site-wide run checks published articles only; a draft is checked when it is named.
  const cited = await repos.links.citedLinks(input.articleSlug === undefined ? { publishedOnly: true } : { articleSlug: input.articleSlug });
  const { targets, unusable } = groupTargets(cited);
  const rules = linkRules(settingsFromEntries(await repos.settings.all()));
  input.onStart?.(targets.length);
  const results: LinkCheckResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const target = targets[next++]!;
      const result = await checkLink(store, clock, tools, target, rules);
      results.push(result);
      input.onResult?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(input.concurrency ?? 8, targets.length)) }, worker));
  return { results, unusable };
}
