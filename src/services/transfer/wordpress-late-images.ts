import { rewriteBodyImages } from '../../importers/wordpress/body-images.js';
import { writeArticle } from '../articles/write-article.js';
import type { Clock, Repositories } from '../ports.js';
import type { PostContext } from './wordpress-posts.js';
import { importedArticleInput } from './write-imported-post.js';

/**
 * Once the whole file is read: points the body images of posts written before their
 * attachment came (an export lists items in any order) at the media imported since, and
 * saves those articles again; the addresses still on the old site stay in `oldImages`.
 * Returns how many articles were saved again.
 */
export async function resolveLateImages(repos: Repositories, clock: Clock, context: PostContext): Promise<number> {
  let saved = 0;
  const mediaFor = (path: string) => context.mediaByPath.get(path) ?? null;
  for (const old of context.oldImages) {
    const late = old.late;
    if (!late?.articleId) continue;
    // Only images the file did import: anything else in the stored body (an edit made since an earlier import) is left as it is.
    const article = await repos.articles.findById(late.articleId);
    if (!article) continue;
    const rewritten = rewriteBodyImages(article.bodyMarkdown, mediaFor);
    old.urls = old.urls.filter((url) => rewritten.missing.includes(url));
    delete old.late;
    if (rewritten.body === article.bodyMarkdown) continue;
    await writeArticle(repos, clock, { ...importedArticleInput(late.post, article.slug), body: rewritten.body }, { id: article.id, refuseCitationErrors: false });
    saved += 1;
  }
  context.oldImages = context.oldImages.filter((old) => old.urls.length > 0);
  return saved;
}
