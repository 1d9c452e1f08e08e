import type { DemoContent } from './types.js';
import { demoAuthors, demoPages, demoSections, demoTags } from './structure.js';
import { waterArticles } from './articles-water.js';
import { waterTreatmentArticles } from './articles-water-treatment.js';
import { timekeepingArticles } from './articles-timekeeping.js';
import { mapsArticles } from './articles-maps.js';
import { translatedArticles } from './articles-translations.js';

/** The complete demo dataset seeded into a fresh Dossier installation. */
export const demoContent: DemoContent = {
  sections: demoSections,
  authors: demoAuthors,
  tags: demoTags,
  articles: [...waterArticles, ...waterTreatmentArticles, ...timekeepingArticles, ...mapsArticles, ...translatedArticles],
  pages: demoPages,
  languages: ['fr'],
};
