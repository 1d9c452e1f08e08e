import { invalid, isDomainError } from '../../domain/errors.js';
import type { ArticleKind, ArticleStatus } from '../../domain/article.js';
import type { ImportedPostCore } from '../imported-post.js';
import { isValidSlug, slugify } from '../../domain/slug.js';
import { htmlToMarkdown } from '../html/html-to-markdown.js';
import { convertPlainTextFootnotes } from '../../citations/notes/plain-text-to-markdown.js';
import type { GhostExport, GhostPost } from './ghost-export.js';
import { lexicalToHtml } from './lexical-to-html.js';
import { withMarkdownCards } from './markdown-cards.js';
import { mobiledocToHtml } from './mobiledoc-to-html.js';

/** A Ghost post or page mapped to what Dossier stores. */
export interface MappedGhostPost extends ImportedPostCore {
  externalId: string;
  featured: boolean;
  /** Tag slugs in Ghost's order; the first (the primary tag) becomes the section. */
  tags: string[];
  /** Author slugs in byline order. */
  authors: string[];
  warnings: string[];
}

const STATUS: Record<string, ArticleStatus> = { published: 'published', draft: 'draft', scheduled: 'scheduled', sent: 'published' };

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(/Z|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function contentOf(post: GhostPost): string {
  try {
    return withMarkdownCards(() => {
      if (post.html) return htmlToMarkdown(post.html);
      if (post.lexical) return htmlToMarkdown(lexicalToHtml(post.lexical));
      if (post.mobiledoc) return htmlToMarkdown(mobiledocToHtml(post.mobiledoc));
      return '';
    });
  } catch (error) {
    // Name the post: an export holds hundreds.
    if (isDomainError(error)) throw invalid(`Post "${post.slug ?? post.id}": ${error.message}`, error.field);
    throw error;
  }
}

/** An export's post–tag and post–author rows by post id (in file order), read once per export rather than once per post. */
interface ExportLinks {
  tagSlug: Map<string, string>;
  userSlug: Map<string, string>;
  tags: Map<string, GhostExport['postsTags']>;
  authors: Map<string, GhostExport['postsAuthors']>;
}
const linksCache = new WeakMap<GhostExport, ExportLinks>();

function groupByPost<T extends { post_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const byPost = new Map<string, T[]>();
  for (const row of rows) {
    const list = byPost.get(row.post_id);
    if (list) list.push(row);
    else byPost.set(row.post_id, [row]);
  }
  return byPost;
}

function linksOf(data: GhostExport): ExportLinks {
  let links = linksCache.get(data);
  if (!links) {
    links = {
      tagSlug: new Map(data.tags.map((t) => [t.id, t.slug])),
      userSlug: new Map(data.users.map((u) => [u.id, u.slug])),
      tags: groupByPost(data.postsTags),
      authors: groupByPost(data.postsAuthors),
    };
    linksCache.set(data, links);
  }
  return links;
}

/** Maps one Ghost post (Ghost 1–5: `type` or the older `page` flag; HTML, Lexical or Mobiledoc). */
export function mapGhostPost(post: GhostPost, data: GhostExport): MappedGhostPost | { skip: string } {
  const kind: ArticleKind = post.type === 'page' || post.page === 1 || post.page === true ? 'page' : 'article';
  const status = STATUS[post.status];
  if (!status) return { skip: `status "${post.status}"` };
  const warnings: string[] = [];
  let finalStatus = status;
  if (post.visibility && post.visibility !== 'public' && status === 'published') {
    warnings.push(`visible to "${post.visibility}" readers only on Ghost: imported as a draft so it stays non-public`);
    finalStatus = 'draft';
  }
  const links = linksOf(data);
  const tags = [...(links.tags.get(post.id) ?? [])]
    .sort((a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0))
    .map((pt) => links.tagSlug.get(pt.tag_id))
    .filter((slug): slug is string => Boolean(slug));
  let authors = [...(links.authors.get(post.id) ?? [])]
    .sort((a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0))
    .map((pa) => links.userSlug.get(pa.author_id))
    .filter((slug): slug is string => Boolean(slug));
  const userSlug = links.userSlug;
  if (authors.length === 0 && post.author_id && userSlug.has(post.author_id)) authors = [userSlug.get(post.author_id)!];
  let body = '';
  try {
    body = convertPlainTextFootnotes(contentOf(post).replace(/\\\[(\d{1,4})\\\]/g, '[$1]')).markdown;
  } catch (error) {
    warnings.push(`its content could not be read (${error instanceof Error ? error.message : String(error)}); imported with an empty body`);
  }
  const published = isoDate(post.published_at);
  return {
    externalId: post.id,
    kind,
    title: post.title?.trim() || `Untitled ${kind}`,
    slug: isValidSlug(post.slug) ? post.slug : slugify(post.slug || post.title) || `post-${post.id}`,
    status: finalStatus,
    publishedAt: published,
    updatedAt: isoDate(post.updated_at) ?? published,
    excerpt: post.custom_excerpt?.trim() || null,
    featured: post.featured === 1 || post.featured === true,
    tags,
    authors,
    body: body || ' ',
    warnings,
  };
}
