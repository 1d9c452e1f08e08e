import type { DemoContent } from './types.js';
import { demoAuthors, demoPages, demoSections, demoTags } from './structure.js';
import { waterArticles } from './articles-water.js';
import { waterTreatmentArticles } from './articles-water-treatment.js';
import { timekeepingArticles } from './articles-timekeeping.js';
import { mapsArticles } from './articles-maps.js';
import { translatedArticles } from './articles-translations.js';
import { demoIllustration } from './illustrations.js';

const articles = [...waterArticles, ...waterTreatmentArticles, ...timekeepingArticles, ...mapsArticles, ...translatedArticles];

/** The complete demo dataset seeded into a fresh Dossier installation. */
export const demoContent: DemoContent = {
  sections: demoSections,
  authors: demoAuthors,
  tags: demoTags,
  // Each with its picture; a translation shows its original's.
  articles: articles.map((a) => {
    const image = demoIllustration(a.slug, a.translationOf ?? a.slug);
    return image ? { ...a, image } : a;
  }),
  pages: demoPages,
  languages: ['fr'],
};
