/**
 * Article sitemaps hold the articles of one block of ids each (as WordPress, 2,000 to a
 * file): a file costs the same whatever the archive's size, and stays the same file when
 * newer articles are published, so it is cached and exported once.
 */
export const ARTICLE_SITEMAP_BLOCK = 2000;

/** The article sitemap file (from 1) an article id belongs to. */
export function articleSitemapFile(articleId: number): number {
  return Math.max(1, Math.ceil(articleId / ARTICLE_SITEMAP_BLOCK));
}
