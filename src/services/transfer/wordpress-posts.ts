import { rewriteBodyImages } from '../../importers/wordpress/body-images.js';
import type { MappedPost } from '../../importers/wordpress/map-item.js';
import type { Repositories } from '../ports.js';
import type { createImportBatch } from './import-batch.js';
import type { ImportablePost } from './write-imported-post.js';
import type { createSummary } from './import-summary.js';
import { ensureTag } from './wordpress-structure.js';

type Summary = ReturnType<typeof createSummary>;

/** What importing posts needs to know about the rest of the file. */
export interface PostContext {
  source: string;
  file: string;
  authorSlugs: Map<string, string>;
  sectionSlugs: Map<string, string>;
  categoryNames: Map<string, string>;
  /** New addresses of the attachments imported as media so far, by their path under uploads. */
  mediaByPath: Map<string, string>;
  /**
   * Posts whose body images still point at the old site: the post's line, and those addresses;
   * with the uploads folder, also the post and its article id, for the images whose
   * attachment comes later in the file (resolved once the file is read, see wordpress-late-images.ts).
   */
  oldImages: Array<{ line: number; title: string; urls: string[]; late?: { post: ImportablePost; articleId?: number } }>;
  /** Whether attachments can be imported as media (an uploads folder was given). */
  withUploads?: boolean;
  /** Articles filed in each section so far. */
  sections: { add(slug: string | null | undefined): void };
}

/** Resolves a WordPress post's categories, tags and author, then queues it; `then` gets its article id. */
export async function importPost(
  repos: Repositories,
  batch: ReturnType<typeof createImportBatch>,
  context: PostContext,
  post: MappedPost,
  line: number,
  summary: Summary,
  then: (articleId: number) => void,
): Promise<void> {
  const where = `${context.file}:${line}`;
  const [section, ...otherCategories] = post.kind === 'article' ? post.categories : [];
  const tags: string[] = [];
  for (const tag of post.tags) tags.push(await ensureTag(repos, tag, tag, summary, true));
  // Dossier files an article in one section; its other categories stay on it as tags.
  for (const extra of otherCategories) tags.push(await ensureTag(repos, extra, context.categoryNames.get(extra) ?? extra, summary, true));
  const author = context.authorSlugs.get(post.authorLogin);
  const sectionSlug = section ? (context.sectionSlugs.get(section) ?? null) : null;
  context.sections.add(sectionSlug);
  const warnings = [...post.warnings];
  const images = rewriteBodyImages(post.body, (path) => context.mediaByPath.get(path) ?? null);
  if (!author && post.authorLogin) warnings.push(`its author "${post.authorLogin}" is not listed in the file; the post is imported without a byline`);
  const importable: ImportablePost = {
    externalId: post.externalId,
    kind: post.kind,
    title: post.title,
    slug: post.slug,
    status: post.status,
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
    excerpt: post.excerpt,
    sticky: post.sticky,
    sectionSlug,
    tagSlugs: tags,
    authorSlugs: author ? [author] : [],
    body: images.body,
    oldPaths: post.oldPaths,
    warnings,
    lossy: post.lossy,
  };
  const old: PostContext['oldImages'][number] | null = images.missing.length > 0 ? { line, title: post.title, urls: images.missing, ...(context.withUploads ? { late: { post: importable } } : {}) } : null;
  if (old) context.oldImages.push(old);
  await batch.add(importable, where, (articleId) => {
    if (old?.late) old.late.articleId = articleId;
    return then(articleId);
  });
}
