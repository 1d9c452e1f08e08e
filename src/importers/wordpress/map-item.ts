import type { ArticleKind, ArticleStatus } from '../../domain/article.js';
import type { ImportedPostCore } from '../imported-post.js';
import { isValidSlug, slugify } from '../../domain/slug.js';
import { wordpressContentToMarkdown } from './footnotes.js';
import type { AttachmentLookup, ContentFindings } from './shortcodes.js';
import type { WxrItem } from './wxr-types.js';

/** A WordPress post or page mapped to what Dossier stores. */
export interface MappedPost extends ImportedPostCore {
  externalId: string;
  sticky: boolean;
  /** Category nicenames in the order given; the first is the section. */
  categories: string[];
  tags: string[];
  authorLogin: string;
  notes: number;
  commentsOpen: boolean;
  /** Paths the post had on the old site, to redirect. */
  oldPaths: string[];
  warnings: string[];
  /** Something of the content had no Dossier equivalent (named in `warnings`). */
  lossy: boolean;
}

const STATUS: Record<string, ArticleStatus> = { publish: 'published', future: 'scheduled', draft: 'draft', pending: 'draft', 'auto-draft': 'draft', private: 'draft' };

/** A WordPress "YYYY-MM-DD HH:MM:SS" (GMT) date as ISO 8601, or null for the zero date. */
export function wordpressDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim());
  if (!m || m[1] === '0000') return null;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw).normalize('NFC').toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

function oldPaths(item: WxrItem, kind: ArticleKind): string[] {
  const paths = new Set<string>();
  try {
    const path = new URL(item.link).pathname.replace(/\/{2,}/g, '/');
    if (path && path !== '/') {
      paths.add(decodeSlugPath(path));
      paths.add(decodeSlugPath(path).replace(/\/$/, '') || '/');
    }
  } catch {
    // No usable link: the ?p= form below still works.
  }
  if (item.postId) paths.add(kind === 'page' ? `/?page_id=${item.postId}` : `/?p=${item.postId}`);
  return [...paths];
}

function decodeSlugPath(path: string): string {
  return path.split('/').map((part) => (part ? decodeSlug(part) : part)).join('/');
}

/** Maps one WXR item; returns the reason when it is not imported as an article or page. */
export function mapWxrItem(item: WxrItem, attachments?: AttachmentLookup): MappedPost | { skip: string } {
  const kind: ArticleKind | null = item.postType === 'post' ? 'article' : item.postType === 'page' ? 'page' : null;
  if (!kind) return { skip: `of type ${item.postType || '(none)'}, which Dossier has no place for` };
  const status = STATUS[item.status];
  if (!status) return { skip: `with status "${item.status}", which is not imported` };
  const warnings: string[] = [];
  if (item.status === 'private') warnings.push('private: imported as a draft so it stays non-public');
  if (item.postPassword) warnings.push('password-protected: imported as a draft');
  const title = item.title.trim() || `Untitled ${item.postType} ${item.postId}`;
  let slug = decodeSlug(item.postName);
  if (!isValidSlug(slug)) slug = slugify(item.postName ? decodeSlug(item.postName) : title) || `${item.postType}-${item.postId}`;
  const published = wordpressDate(item.postDateGmt) ?? (status === 'draft' ? null : wordpressDate(item.postDate));
  const findings: ContentFindings = { warnings: [] };
  const { markdown, notes } = wordpressContentToMarkdown(item.content, item.meta['footnotes'], { postId: item.postId, ...(attachments ? { attachments } : {}), findings });
  warnings.push(...findings.warnings);
  return {
    externalId: item.postId,
    kind,
    title,
    slug,
    status: item.postPassword ? 'draft' : status,
    publishedAt: published,
    updatedAt: wordpressDate(item.postModifiedGmt) ?? published,
    excerpt: item.excerpt.trim() ? item.excerpt.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim() : null,
    sticky: item.isSticky === '1',
    categories: item.categories.filter((c) => c.domain === 'category').map((c) => decodeSlug(c.nicename)),
    tags: item.categories.filter((c) => c.domain === 'post_tag').map((c) => decodeSlug(c.nicename)),
    authorLogin: item.creator,
    body: markdown || ' ',
    notes,
    commentsOpen: item.commentStatus !== 'closed',
    oldPaths: oldPaths(item, kind),
    warnings,
    lossy: findings.warnings.length > 0,
  };
}
