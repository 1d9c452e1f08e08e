import type { DemoContent } from '../../demo/types.js';
import type { MediaTools } from '../media/ports.js';
import { storeMedia } from '../media/upload-media.js';
import type { TranslatedKind } from '../../domain/term-translations.js';
import type { Clock, Store } from '../ports.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import { writeArticle } from '../articles/write-article.js';

/** A demo item's names in other languages, by language code. */
type DemoNames = Record<string, { name?: string; slug?: string; description?: string; bio?: string }> | undefined;

/** What seeding did. */
export interface SeedReport {
  seeded: boolean;
  articles: number;
}

/**
 * Seeds demo content into an empty database, all in one transaction. A database that
 * already has any article or page is left untouched. With `media`, the articles' pictures
 * are drawn (before the transaction) and stored as their featured images.
 */
export async function seedDemo(store: Store, clock: Clock, content: DemoContent, media?: MediaTools): Promise<SeedReport> {
  if ((await store.repos.articles.count()) > 0) return { seeded: false, articles: 0 };
  const createdAt = clock().toISOString();
  let articles = 0;
  // One JPEG per distinct picture (a translation shows its original's), drawn side by side.
  const svgs = [...new Set(content.articles.flatMap((a) => (a.image ? [a.image.svg] : [])))];
  const jpegs = media ? new Map(await Promise.all(svgs.map(async (svg) => [svg, await media.images.svgToJpeg(svg)] as const))) : new Map<string, Buffer>();
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
    const translated: Array<[TranslatedKind, number, DemoNames]> = [];
    for (const section of content.sections) translated.push(['section', sectionIds.get(section.slug)!, section.translations]);
    for (const { translations, ...author } of content.authors) translated.push(['author', await repos.authors.insert(author, createdAt), translations]);
    for (const { translations, ...tag } of content.tags) translated.push(['tag', await repos.tags.insert(tag), translations]);
    for (const [kind, itemId, names] of translated) {
      const rows = Object.entries(names ?? {}).map(([language, fields]) => ({
        kind, itemId, language, name: fields.name ?? null, slug: fields.slug ?? null, description: fields.description ?? null, bio: fields.bio ?? null,
      }));
      if (rows.length > 0) await repos.termTranslations.replace(kind, itemId, rows);
    }
    for (const page of content.pages) {
      await writeArticle(repos, clock, { kind: 'page', slug: page.slug, title: page.title, body: page.body, status: 'published', publishedAt: createdAt });
    }
    for (const article of content.articles) {
      const { id } = await writeArticle(repos, clock, {
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
      const jpeg = article.image && jpegs.get(article.image.svg);
      if (media && jpeg) {
        // JPEG sizes only, encoded quickly: AVIF and WebP sizes of 18 pictures would take seconds.
        const stored = await storeMedia(repos, clock, media.images, media.files, { bytes: jpeg, filename: `${article.slug}.jpg`, alt: article.image!.alt, userId: null, quick: true });
        await repos.editorial.set(id, { featuredMediaId: stored.id, featuredAlt: article.image!.alt });
      }
      articles += 1;
    }
    for (const article of content.articles.filter((a) => a.translationOf)) {
      const [ours, original] = await Promise.all([repos.articles.findBySlug(article.slug), repos.articles.findBySlug(article.translationOf!)]);
      if (ours && original) await repos.articles.linkTranslation(original.id, ours.id);
    }
    if (content.languages) await repos.settings.set('languages', content.languages);
    if (content.languagePrefixes) await repos.settings.set('languagePrefixes', true);
    await refreshRelatedLists(repos, clock());
  });
  return { seeded: true, articles };
}
