import { inLanguage, siteLanguages, type Alternate } from '../../domain/languages.js';
import { sectionSlugPath, type Section } from '../../domain/section.js';
import { translatedSections, translatedTag, type TermTranslation } from '../../domain/term-translations.js';
import type { Tag } from '../../domain/people.js';
import type { LanguageScope } from '../discovery/ports.js';
import type { Repositories } from '../ports.js';
import type { SiteChrome } from './chrome.js';

/** A sitemap entry of a list page in one language, with the page's address in every language. */
export interface LanguageEntry {
  path: string;
  lastmod: string | null;
  alternates: Alternate[];
}

/** The site's other languages when it publishes them under `/{lang}/`, else none. */
function prefixedLanguages(chrome: SiteChrome): string[] {
  const { settings } = chrome;
  return settings.languagePrefixes ? siteLanguages(settings).filter((l) => l !== settings.language) : [];
}

/**
 * Section or tag pages in each language: every item's default page (`lastmods`), and its
 * page under `/{lang}/` where that language's list of it has articles; each names the
 * item's address in every language (translated slugs) as its alternates, as the pages' heads do.
 */
async function inEachLanguage(
  repos: Repositories, chrome: SiteChrome, group: 'section' | 'tag', ids: readonly number[], lastmods: Map<number, string>,
  pathIn: (id: number, language: string) => string,
): Promise<LanguageEntry[]> {
  const others = prefixedLanguages(chrome);
  const all = [chrome.settings.language, ...others];
  const perLanguage = await Promise.all(others.map((l) => repos.listings.lastModified(`${group}@${l}` as LanguageScope)));
  return ids.flatMap((id) => {
    const alternates = others.length === 0 ? [] : all.map((language) => ({ language, path: inLanguage(chrome.settings, language, pathIn(id, language)) }));
    const own = { path: pathIn(id, chrome.settings.language), lastmod: lastmods.get(id) ?? null, alternates };
    const translated = others.flatMap((language, i) => {
      const lastmod = perLanguage[i]!.get(id);
      return lastmod ? [{ path: inLanguage(chrome.settings, language, pathIn(id, language)), lastmod, alternates }] : [];
    });
    return [own, ...translated];
  });
}

/**
 * The home page, and with `/{lang}/` prefixes on, each other language's home, all naming each
 * other as alternates (as the home pages do). A language's home has no lastmod: the list's
 * newest change may be another language's.
 */
export function homeEntries(chrome: SiteChrome, lastmod: string | null): Array<{ path: string; lastmod: string | null; alternates?: Alternate[] }> {
  const others = prefixedLanguages(chrome);
  if (others.length === 0) return [{ path: '/', lastmod }];
  const { settings } = chrome;
  // Default language first: the presenter names its page the x-default.
  const alternates = [settings.language, ...others].map((language) => ({ language, path: inLanguage(settings, language, '/') }));
  return [{ path: '/', lastmod, alternates }, ...others.map((language) => ({ path: inLanguage(settings, language, '/'), lastmod: null, alternates }))];
}

/** Every section's page in each language (see inEachLanguage). */
export function sectionEntries(repos: Repositories, chrome: SiteChrome, lastmods: Map<number, string>): Promise<LanguageEntry[]> {
  const named = new Map<string, Section[]>();
  const sectionsIn = (language: string) => {
    if (!named.has(language)) named.set(language, translatedSections(chrome.defaultSections, chrome.sectionTranslations, language === chrome.settings.language ? null : language));
    return named.get(language)!;
  };
  return inEachLanguage(repos, chrome, 'section', chrome.defaultSections.map((s) => s.id), lastmods, (id, language) => {
    const sections = sectionsIn(language);
    return `/section/${sectionSlugPath(sections, sections.find((s) => s.id === id)!)}`;
  });
}

/** The pages of tags with published articles in each language (see inEachLanguage). */
export async function tagEntries(repos: Repositories, chrome: SiteChrome, tags: readonly Tag[], lastmods: Map<number, string>): Promise<LanguageEntry[]> {
  const listed = tags.filter((t) => lastmods.has(t.id));
  const translations: TermTranslation[] = prefixedLanguages(chrome).length ? await repos.termTranslations.ofKind('tag') : [];
  const byId = new Map(listed.map((t) => [t.id, t]));
  return inEachLanguage(repos, chrome, 'tag', listed.map((t) => t.id), lastmods, (id, language) =>
    `/tag/${translatedTag(byId.get(id)!, translations, language === chrome.settings.language ? null : language).slug}`);
}
