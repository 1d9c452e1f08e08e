import type { DemoContent } from '../../demo/types.js';
import type { Clock, Store } from '../ports.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import { writeArticle } from '../articles/write-article.js';

/** What seeding did. */
export interface SeedReport {
  seeded: boolean;
  articles: number;
}

/**
 * Seeds demo content into an empty database, all in one transaction. A database that
 * already has any article or page is left untouched.
 */
export async function seedDemo(store: Store, clock: Clock, content: DemoContent): Promise<SeedReport> {
  if ((await store.repos.articles.count()) > 0) return { seeded: false, articles: 0 };
  const createdAt = clock().toISOString();
  let articles = 0;
  await store.transaction(async (repos) => {
    const sectionIds = new Map<string, number>();
    for (const [position, section] of content.sections.entries()) {
      const parentId = section.parent ? sectionIds.get(section.parent) : null;
      if (parentId === undefined) throw new Error(`Demo section ${section.slug} names unknown parent ${section.parent}.`);
      sectionIds.set(
        section.slug,
        await repos.sections.insert({ slug: section.slug, name: section.name, description: section.description, parentId, position }, createdAt),
      );
    }
    for (const author of content.authors) await repos.authors.insert(author, createdAt);
    for (const tag of content.tags) await repos.tags.insert(tag);
    for (const page of content.pages) {
      await writeArticle(repos, clock, { kind: 'page', slug: page.slug, title: page.title, body: page.body, status: 'published', publishedAt: createdAt });
    }
    for (const article of content.articles) {
      await writeArticle(repos, clock, {
        slug: article.slug,
        title: article.title,
        dek: article.dek ?? null,
        body: article.body,
        status: article.status ?? 'published',
        publishedAt: article.publishedAt,
        updatedAt: article.updatedAt ?? article.publishedAt,
        sectionSlug: article.section,
        authorSlugs: article.authors,
        tagSlugs: article.tags,
        ...(article.language ? { language: article.language } : {}),
      });
      articles += 1;
    }
    for (const article of content.articles.filter((a) => a.translationOf)) {
      const [ours, original] = await Promise.all([repos.articles.findBySlug(article.slug), repos.articles.findBySlug(article.translationOf!)]);
      if (ours && original) await repos.articles.linkTranslation(original.id, ours.id);
    }
    if (content.languages) await repos.settings.set('languages', content.languages);
    await refreshRelatedLists(repos, clock());
  });
  return { seeded: true, articles };
}
