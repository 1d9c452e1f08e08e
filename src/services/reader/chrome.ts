import type { Section } from '../../domain/section.js';
import { settingsFromEntries, type SiteSettings } from '../../domain/settings.js';
import type { Repositories } from '../ports.js';

/** What every public page shows around its content: settings, section navigation, footer pages. */
export interface SiteChrome {
  settings: SiteSettings;
  sections: Section[];
  pages: Array<{ id: number; slug: string; title: string }>;
}

/**
 * How long a process keeps the chrome without hearing of a change: the bound on how stale
 * it can be should a change made elsewhere not reach it.
 */
const CHROME_TTL_MS = 5_000;

// Per repositories object: the store's own (transactions get new ones and always read afresh).
const held = new WeakMap<Repositories, { chrome: Promise<SiteChrome>; until: number }>();

/** Loads the site chrome: from memory when this process has it and nothing changed since. */
export function loadChrome(repos: Repositories, now: string): Promise<SiteChrome> {
  const time = Date.now();
  const kept = held.get(repos);
  if (kept && kept.until > time) return kept.chrome;
  const chrome = readChrome(repos, now);
  held.set(repos, { chrome, until: time + CHROME_TTL_MS });
  chrome.catch(() => held.delete(repos));
  return chrome;
}

/** Forgets the chrome held for these repositories (settings, sections or pages changed). */
export function forgetChrome(repos: Repositories): void {
  held.delete(repos);
}

async function readChrome(repos: Repositories, now: string): Promise<SiteChrome> {
  const [entries, sections, pages] = await Promise.all([
    repos.settings.all(),
    repos.sections.all(),
    repos.articles.listPages(now, 20),
  ]);
  return {
    settings: settingsFromEntries(entries),
    sections,
    pages: pages.map((p) => ({ id: p.id, slug: p.slug, title: p.title })).sort((a, b) => a.title.localeCompare(b.title)),
  };
}
