import type { ArticleStatus } from '../../domain/article.js';
import { isValidSlug, slugify } from '../../domain/slug.js';
import type { ImportedPostCore } from '../imported-post.js';
import type { SubstackRow } from './read-substack-export.js';
import { substackHtmlToMarkdown } from './substack-html.js';

/** A Substack post mapped to what Dossier stores, or why it was skipped. */
export type MappedSubstackPost =
  | (ImportedPostCore & { externalId: string; dek: string | null; oldPaths: string[]; warnings: string[]; notes: number; remoteImages: string[] })
  | { skip: string };

/** Audiences a Substack post is open to everyone under. */
const PUBLIC_AUDIENCES = new Set(['everyone', 'only_free', '']);

/**
 * Maps one posts.csv row: the slug from the post id (`123456.my-post` → `my-post`), the
 * subtitle as the dek, `post_date` as the publication date. Dossier has no members-only
 * posts, so a paid post (`audience` only_paid or founding) becomes a draft, as does an
 * unpublished one; both say so. Threads (discussion posts without text of their own) are skipped.
 */
export function mapSubstackPost(row: SubstackRow): MappedSubstackPost {
  if (row.type === 'thread') return { skip: 'a discussion thread, which has no text of its own' };
  const wanted = row.postId.replace(/^\d+\.?/, '');
  const slug = isValidSlug(wanted) ? wanted : slugify(wanted || row.title) || `post-${row.postId.split('.')[0]}`;
  const body = substackHtmlToMarkdown(row.html);
  const warnings = [...body.warnings];
  let status: ArticleStatus = row.isPublished ? 'published' : 'draft';
  if (!PUBLIC_AUDIENCES.has(row.audience)) {
    warnings.push(`was for ${row.audience === 'founding' ? 'founding members' : 'paid subscribers'} only (audience "${row.audience}"); imported as a draft, since Dossier has no members-only posts`);
    status = 'draft';
  }
  let markdown = body.markdown;
  if (row.podcastUrl) {
    markdown = `[Listen to the episode](${row.podcastUrl})\n\n${markdown}`;
    warnings.push('is a podcast episode; its audio stays on Substack, linked at the top');
  }
  if (body.remoteImages.length > 0) warnings.push(`${body.remoteImages.length} image${body.remoteImages.length === 1 ? '' : 's'} still served from Substack (${body.remoteImages[0]}${body.remoteImages.length > 1 ? ', …' : ''})`);
  return {
    externalId: row.postId,
    kind: row.type === 'page' ? 'page' : 'article',
    title: row.title || slug,
    slug,
    status,
    publishedAt: row.postDate,
    updatedAt: null,
    excerpt: null,
    dek: row.subtitle || null,
    body: markdown,
    // Substack serves a post at /p/<slug>; a site moved to its own domain keeps those links.
    oldPaths: row.type === 'page' ? [] : [`/p/${wanted || slug}`],
    warnings,
    notes: body.notes,
    remoteImages: body.remoteImages,
  };
}
