import { isPrefixedLanguage } from '../../domain/languages.js';
import type { Section } from '../../domain/section.js';
import { settingsFromEntries, type SiteSettings } from '../../domain/settings.js';
import { translatedSections, type TermTranslation } from '../../domain/term-translations.js';
import type { Repositories } from '../ports.js';

/** What every public page shows around its content: settings, section navigation, footer pages. */
export interface SiteChrome {
  settings: SiteSettings;
  /** The sections as the page's language names them (see chromeIn). */
  sections: Section[];
  /** The sections in the default language, whatever the page's. */
  defaultSections: Section[];
  /** Every section's translations (few: one row per section and language). */
  sectionTranslations: TermTranslation[];
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
  const [entries, sections, pages, sectionTranslations] = await Promise.all([
    repos.settings.all(),
    repos.sections.all(),
    repos.articles.listPages(now, 20),
    repos.termTranslations.ofKind('section'),
  ]);
  return {
    settings: settingsFromEntries(entries),
    sections,
    defaultSections: sections,
    sectionTranslations,
    pages: pages.map((p) => ({ id: p.id, slug: p.slug, title: p.title })).sort((a, b) => a.title.localeCompare(b.title)),
  };
}

// One copy per chrome and language, so the presenters' per-chrome memory keeps working.
const inLanguages = new WeakMap<SiteChrome, Map<string, SiteChrome>>();

/** The chrome of a page under `/{language}/`: its sections' translated names, slugs and descriptions (the default's where none). */
export function chromeIn(chrome: SiteChrome, language: string | null | undefined): SiteChrome {
  // Only pages under `/{lang}/` are translated: without prefixes every language shares the default addresses.
  if (!language || !isPrefixedLanguage(chrome.settings, language) || !chrome.sectionTranslations.some((t) => t.language === language)) return chrome;
  let copies = inLanguages.get(chrome);
  if (!copies) inLanguages.set(chrome, (copies = new Map()));
  let copy = copies.get(language);
  if (!copy) copies.set(language, (copy = { ...chrome, sections: translatedSections(chrome.defaultSections, chrome.sectionTranslations, language) }));
  return copy;
}
