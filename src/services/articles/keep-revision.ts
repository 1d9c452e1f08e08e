import type { Repositories } from '../ports.js';

/** How a revision is kept; by default as the last editor saved it, at its last update. */
export interface KeepRevisionOptions {
  autosave: boolean;
  userId?: number | null;
  createdAt?: string;
  /**
   * Only when the article has no revision yet: an article written before the admin (the
   * demo, an import) keeps its state as a first revision before it is changed, so it can
   * be restored.
   */
  onlyIfNone?: boolean;
}

/** Keeps the article's stored state (text, fields, byline, featured image, SEO) as a revision; returns its version. */
export async function keepRevision(repos: Repositories, articleId: number, options: KeepRevisionOptions): Promise<{ version: number }> {
  const [article, editorial] = await Promise.all([repos.editorial.findArticle(articleId), repos.editorial.find(articleId)]);
  if (!article) throw new Error(`Article ${articleId} vanished while saving it.`);
  const version = editorial?.version ?? 1;
  if (options.onlyIfNone && (await repos.revisions.list(articleId)).length > 0) return { version };
  const [authors, tags, sections] = await Promise.all([repos.articles.authorsOf([articleId]), repos.articles.tagsOf([articleId]), repos.sections.all()]);
  await repos.revisions.insert({
    articleId, version, autosave: options.autosave, title: article.title, bodyMarkdown: article.bodyMarkdown,
    fields: {
      slug: article.slug, dek: article.dek, status: article.status, publishedAt: article.publishedAt,
      sectionSlug: sections.find((s) => s.id === article.sectionId)?.slug ?? null,
      authorSlugs: (authors.get(articleId) ?? []).map((a) => a.slug), tagSlugs: (tags.get(articleId) ?? []).map((t) => t.slug),
      featuredMediaId: editorial?.featuredMediaId ?? null, featuredAlt: editorial?.featuredAlt ?? null,
      seoTitle: editorial?.seoTitle ?? null, seoDescription: editorial?.seoDescription ?? null,
    },
    userId: options.userId !== undefined ? options.userId : (editorial?.updatedBy ?? null),
    createdAt: options.createdAt ?? article.updatedAt,
  });
  return { version };
}
