import type { AdminPost } from '../../services/admin-api/admin-posts.js';
import type { SiteChrome } from '../../services/reader/chrome.js';
import { presentGhostPost, presentPagination } from '../content-api/ghost-posts.js';

const FULL_SHAPE = { include: new Set(['tags', 'authors']), formats: new Set(['html', 'plaintext']), fields: null };

/**
 * A post or page as Ghost's Admin API shows it: the Content API's shape (sections as the
 * primary tag, references with their link status) plus `status`, and Dossier's own
 * `markdown` body (with its footnotes) that a client may send back changed.
 */
export function presentAdminPost(siteUrl: string, chrome: SiteChrome, post: AdminPost): Record<string, unknown> {
  const { article } = post;
  const { bodyMarkdown, ...summary } = article;
  const shown = presentGhostPost(siteUrl, chrome, {
    item: { ...summary, featured: post.featured, featuredCaption: post.editorial.featuredCaption ?? null, ...(post.editorial.shareCard ? { shareCard: post.editorial.shareCard } : {}),
      seo: { title: post.editorial.seoTitle, description: post.editorial.seoDescription } },
    authors: post.authors,
    tags: [...post.tags].sort((a, b) => a.name.localeCompare(b.name)),
    ancestry: post.ancestry,
    references: { notes: post.notes, links: post.links },
  }, FULL_SHAPE);
  return {
    ...shown,
    status: article.status,
    mobiledoc: null,
    lexical: null,
    markdown: bodyMarkdown,
    section: post.ancestry.at(-1)?.slug ?? null,
    lint: { errors: post.editorial.lintErrors, warnings: post.editorial.lintWarnings },
  };
}

/** A browse of posts or pages in the Admin API: `{posts|pages: […], meta: {pagination}}`. */
export function presentAdminPosts(siteUrl: string, resource: 'posts' | 'pages', page: { chrome: SiteChrome; items: AdminPost[]; page: number; limit: number; total: number }) {
  return {
    [resource]: page.items.map((post) => presentAdminPost(siteUrl, page.chrome, post)),
    meta: { pagination: presentPagination(page) },
  };
}
