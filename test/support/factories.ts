import type { ArticleInput } from '../../src/services/articles/write-article.js';
import type { Services } from '../../src/services/services.js';

let sequence = 0;

/** A valid published article input; override what the test is about. */
export function buildArticle(overrides: Partial<ArticleInput> = {}): ArticleInput {
  sequence += 1;
  return {
    title: `Test article ${sequence}`,
    slug: `test-article-${sequence}`,
    dek: 'A dek for the test.',
    body: `A claim about reservoirs.[^a] Another claim.[^b]\n\n[^a]: First source, p. 1.\n[^b]: Second source. https://src.example.org/${sequence}\n`,
    status: 'published',
    publishedAt: '2026-01-15T10:00:00.000Z',
    authorSlugs: ['ada'],
    tagSlugs: [],
    sectionSlug: 'water',
    ...overrides,
  };
}

/**
 * Sections water › treatment › filters, and time; authors ada and ben; tags pipes and clocks.
 */
export async function seedStructure(services: Services): Promise<void> {
  const s = services.structure;
  await s.createSection({ slug: 'water', name: 'Water', description: 'Where the city’s water comes from.' });
  await s.createSection({ slug: 'treatment', name: 'Treatment', parentSlug: 'water' });
  await s.createSection({ slug: 'filters', name: 'Filters', parentSlug: 'treatment' });
  await s.createSection({ slug: 'time', name: 'Time' });
  await s.createAuthor({ slug: 'ada', name: 'Ada Brook', bio: 'Ada writes about water.' });
  await s.createAuthor({ slug: 'ben', name: 'Ben Okafor', bio: 'Ben writes about clocks.' });
  await s.createTag({ slug: 'pipes', name: 'Pipes' });
  await s.createTag({ slug: 'clocks', name: 'Clocks' });
}
