import { invalid, isDomainError } from '../../domain/errors.js';
import type { ArticleKind, ArticleStatus } from '../../domain/article.js';
import type { ImportedPostCore } from '../imported-post.js';
import { SHARE_CARD_FIELDS, type ShareCard } from '../../domain/editorial.js';
import { isValidSlug, slugify } from '../../domain/slug.js';
import { htmlToMarkdown } from '../html/html-to-markdown.js';
import { convertPlainTextFootnotes } from '../../citations/notes/plain-text-to-markdown.js';
import type { GhostExport, GhostPost, GhostPostMeta } from './ghost-export.js';
import { lexicalToHtml } from './lexical-to-html.js';
import { withCardFindings } from './cards.js';
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
  /** Something of the content had no Dossier equivalent (named in `warnings`). */
  lossy: boolean;
  /** Dossier's SEO fields, from meta_title/meta_description (else the Open Graph and Twitter ones). */
  seoTitle: string | null;
  seoDescription: string | null;
  /** The post's own Open Graph and Twitter card (posts_meta), images as Ghost gives them. */
  shareCard: ShareCard | null;
  /** The feature image as Ghost gives it (`__GHOST_URL__/content/images/…` or absolute). */
  featureImage: { url: string; alt: string; caption: string } | null;
}

const STATUS: Record<string, ArticleStatus> = { published: 'published', draft: 'draft', scheduled: 'scheduled', sent: 'published' };

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(/Z|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function contentOf(post: GhostPost): { markdown: string; findings: string[] } {
  try {
    const { result, findings } = withCardFindings(() => withMarkdownCards(() => {
      if (post.html) return htmlToMarkdown(post.html);
      if (post.lexical) return htmlToMarkdown(lexicalToHtml(post.lexical));
      if (post.mobiledoc) return htmlToMarkdown(mobiledocToHtml(post.mobiledoc));
      return '';
    }));
    return { markdown: result, findings };
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
  meta: Map<string, GhostPostMeta>;
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
      meta: new Map((data.postsMeta ?? []).flatMap((m) => (m.post_id ? [[m.post_id, m] as const] : []))),
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
  let lossy = false;
  try {
    const content = contentOf(post);
    warnings.push(...content.findings);
    lossy = content.findings.length > 0;
    body = convertPlainTextFootnotes(content.markdown.replace(/\\\[(\d{1,4})\\\]/g, '[$1]')).markdown;
  } catch (error) {
    warnings.push(`its content could not be read (${error instanceof Error ? error.message : String(error)}); imported with an empty body`);
  }
  const published = isoDate(post.published_at);
  const meta = { ...post, ...links.meta.get(post.id) };
  const first = (...values: Array<string | null | undefined>) => values.map((v) => v?.trim()).find((v) => v) ?? null;
  const seoTitle = first(meta.meta_title, meta.og_title, meta.twitter_title);
  const seoDescription = first(meta.meta_description, meta.og_description, meta.twitter_description);
  const card: ShareCard = {
    ogTitle: first(meta.og_title), ogDescription: first(meta.og_description), ogImage: first(meta.og_image),
    twitterTitle: first(meta.twitter_title), twitterDescription: first(meta.twitter_description), twitterImage: first(meta.twitter_image),
  };
  const shareCard = SHARE_CARD_FIELDS.some((field) => card[field] !== null) ? card : null;
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
    lossy,
    seoTitle,
    seoDescription,
    shareCard,
    featureImage: post.feature_image ? { url: post.feature_image, alt: meta.feature_image_alt?.trim() ?? '', caption: meta.feature_image_caption?.replace(/<[^>]+>/g, '').trim() ?? '' } : null,
  };
}
