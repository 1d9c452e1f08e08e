import { htmlToText } from '../../domain/html-text.js';
import { absoluteUrl, articlePath, permalinkRules } from '../../domain/permalinks.js';
import type { ContentPage, ContentPost } from '../../services/content-api/content-api-services.js';
import type { SiteChrome } from '../../services/reader/chrome.js';
import { presentPicture } from '../media-presenter.js';
import { pickFields, readingMinutes, stableUuid } from './ghost-ids.js';
import { presentGhostAuthor, presentGhostTag, presentSectionPath } from './ghost-tags.js';

const shareImage = (siteUrl: string, url: string | null | undefined): string | null => (!url ? null : /^https?:\/\//i.test(url) ? url : absoluteUrl(siteUrl, url));

/** What a request asked to be shown of each post. */
export interface PostShape {
  /** `include=`: tags, authors (and Dossier's references on browse). */
  include: ReadonlySet<string>;
  /** `formats=`: html (default) and plaintext. */
  formats: ReadonlySet<string>;
  /** `fields=`: only these top-level fields, or all. */
  fields: readonly string[] | null;
}

/** Ghost's `meta.pagination` of one page. */
export function presentPagination(page: { page: number; limit: number; total: number }, limitAll = false) {
  const pages = Math.max(1, Math.ceil(page.total / page.limit));
  return {
    page: page.page,
    limit: limitAll && page.total <= page.limit ? 'all' : page.limit,
    pages,
    total: page.total,
    next: page.page < pages ? page.page + 1 : null,
    prev: page.page > 1 ? page.page - 1 : null,
  };
}

/** One post or page as Ghost's Content API shows it, with Dossier's section path and references added. */
export function presentGhostPost(siteUrl: string, chrome: SiteChrome, post: ContentPost, shape: PostShape): Record<string, unknown> {
  const { item } = post;
  const rules = permalinkRules(chrome.settings.permalinkPattern, chrome.sections, chrome.settings);
  const plaintext = htmlToText(item.bodyHtml);
  const sectionTags = post.ancestry.length ? [presentGhostTag(siteUrl, { kind: 'section', id: post.ancestry.at(-1)!.id, slug: post.ancestry.at(-1)!.slug, name: post.ancestry.at(-1)!.name, description: post.ancestry.at(-1)!.description, path: post.ancestry })] : [];
  const tags = [...sectionTags, ...post.tags.map((t) => presentGhostTag(siteUrl, { kind: 'tag', ...t }))];
  const authors = post.authors.map((a) => presentGhostAuthor(siteUrl, a));
  const feature = item.featured ? presentPicture(item.featured.media, item.featured.alt) : null;
  const card = item.shareCard;
  const shown: Record<string, unknown> = {
    id: String(item.id),
    uuid: stableUuid(siteUrl, `${item.kind}:${item.id}`),
    title: item.title,
    slug: item.slug,
    ...(shape.formats.has('html') ? { html: item.bodyHtml } : {}),
    ...(shape.formats.has('plaintext') ? { plaintext } : {}),
    comment_id: String(item.id),
    feature_image: feature ? absoluteUrl(siteUrl, feature.src) : null,
    feature_image_alt: feature ? feature.alt : null,
    feature_image_caption: feature ? (item.featuredCaption ?? null) : null,
    featured: item.sticky,
    visibility: 'public',
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    published_at: item.publishedAt,
    custom_excerpt: item.dek,
    codeinjection_head: null,
    codeinjection_foot: null,
    custom_template: null,
    canonical_url: null,
    url: absoluteUrl(siteUrl, articlePath(item, rules)),
    excerpt: item.dek ?? (item.excerpt || plaintext.slice(0, 500)),
    reading_time: readingMinutes(plaintext),
    access: true,
    comments: false,
    // The article's own share card, images as absolute addresses (Ghost's field names).
    og_image: shareImage(siteUrl, card?.ogImage), og_title: card?.ogTitle ?? null, og_description: card?.ogDescription ?? null,
    twitter_image: shareImage(siteUrl, card?.twitterImage), twitter_title: card?.twitterTitle ?? null, twitter_description: card?.twitterDescription ?? null,
    meta_title: item.seo?.title || null, meta_description: item.seo?.description || null,
    email_subject: null,
    frontmatter: null,
    ...(shape.include.has('tags') ? { tags, primary_tag: tags[0] ?? null } : {}),
    ...(shape.include.has('authors') ? { authors, primary_author: authors[0] ?? null } : {}),
    section_path: presentSectionPath(siteUrl, post.ancestry),
    ...(post.references ? { references: presentReferences(post.references) } : {}),
    article_type: item.articleType ?? null,
  };
  return pickFields(shown, shape.fields);
}

/** Notes with their link's last known status and archived copy (Dossier's addition). */
function presentReferences(references: NonNullable<ContentPost['references']>) {
  const links = new Map(references.links.map((l) => [l.noteNumber, l]));
  return references.notes.map((note) => {
    const link = links.get(note.number);
    return {
      number: note.number,
      label: note.label,
      html: note.styledHtml ?? note.html,
      text: htmlToText(note.styledHtml ?? note.html),
      url: note.url,
      accessed: note.accessed,
      ibid_of: note.ibidOf,
      link_status: link?.status ?? (note.url ? 'unchecked' : null),
      archive_url: link?.archiveUrl ?? null,
      archive_captured_at: link?.archiveCapturedAt ?? null,
    };
  });
}

/** A browse of posts or pages: `{posts|pages: […], meta: {pagination}}`. */
export function presentGhostPosts(siteUrl: string, resource: 'posts' | 'pages', page: ContentPage<ContentPost>, shape: PostShape, limitAll: boolean) {
  return {
    [resource]: page.items.map((post) => presentGhostPost(siteUrl, page.chrome, post, shape)),
    meta: { pagination: presentPagination(page, limitAll) },
  };
}

