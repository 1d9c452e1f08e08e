import { absoluteUrl, authorPath, sectionPath, tagPath } from '../../domain/permalinks.js';
import type { Author } from '../../domain/people.js';
import type { Section } from '../../domain/section.js';
import { tagApiId } from '../../domain/content-filter.js';
import type { ContentTag } from '../../services/content-api/content-api-services.js';

/** A section or tag as Ghost's Content API shows a tag; `dossier_kind` and `section_path` are Dossier's. */
export function presentGhostTag(siteUrl: string, tag: ContentTag & { postCount?: number }) {
  const path = tag.kind === 'section' ? sectionPath(tag.path.map((s) => s.slug).join('/')) : tagPath(tag.slug);
  return {
    id: tagApiId(tag),
    name: tag.name,
    slug: tag.slug,
    description: tag.kind === 'section' && tag.description !== '' ? tag.description : null,
    feature_image: null,
    visibility: 'public',
    og_image: null, og_title: null, og_description: null,
    twitter_image: null, twitter_title: null, twitter_description: null,
    meta_title: null, meta_description: null,
    codeinjection_head: null, codeinjection_foot: null,
    canonical_url: null,
    accent_color: null,
    url: absoluteUrl(siteUrl, path),
    ...(tag.postCount === undefined ? {} : { count: { posts: tag.postCount } }),
    dossier_kind: tag.kind,
    ...(tag.kind === 'section' ? { section_path: presentSectionPath(siteUrl, tag.path) } : {}),
  };
}

/** A section's path from the top down, each with its address. */
export function presentSectionPath(siteUrl: string, path: readonly Section[]) {
  return path.map((section, i) => ({
    id: tagApiId({ kind: 'section', id: section.id }),
    slug: section.slug,
    name: section.name,
    url: absoluteUrl(siteUrl, sectionPath(path.slice(0, i + 1).map((s) => s.slug).join('/'))),
  }));
}

/** An author as Ghost's Content API shows one. */
export function presentGhostAuthor(siteUrl: string, author: Author & { postCount?: number }) {
  return {
    id: String(author.id),
    name: author.name,
    slug: author.slug,
    // Stored as media (its original file), else the address an import kept.
    profile_image: author.avatarFile ? absoluteUrl(siteUrl, `/media/${author.avatarFile}`) : (author.avatarUrl ?? null),
    cover_image: null,
    bio: author.bio === '' ? null : author.bio,
    website: null, location: null, facebook: null, twitter: null,
    meta_title: null, meta_description: null,
    url: absoluteUrl(siteUrl, authorPath(author.slug)),
    ...(author.postCount === undefined ? {} : { count: { posts: author.postCount } }),
  };
}
