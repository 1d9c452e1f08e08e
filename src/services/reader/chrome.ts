import type { Section } from '../../domain/section.js';
import { settingsFromEntries, type SiteSettings } from '../../domain/settings.js';
import type { Repositories } from '../ports.js';

/** What every public page shows around its content: settings, section navigation, footer pages. */
export interface SiteChrome {
  settings: SiteSettings;
  sections: Section[];
  pages: Array<{ id: number; slug: string; title: string }>;
}

/** Loads the site chrome. */
export async function loadChrome(repos: Repositories, now: string): Promise<SiteChrome> {
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
