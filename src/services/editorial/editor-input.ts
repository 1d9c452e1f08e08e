import type { ArticleStatus } from '../../domain/article.js';
import type { RevisionFields } from '../../domain/editorial.js';
import type { ArticleInput } from '../save-article.js';

/** What the editor form submits. */
export interface EditorFields {
  title: string;
  slug: string;
  dek: string;
  body: string;
  sectionSlug: string;
  tagSlugs: string[];
  /** In byline order. */
  authorSlugs: string[];
  /** ISO time, or '' for none. */
  publishedAt: string;
  featuredMediaId: number | null;
  featuredAlt: string;
  seoTitle: string;
  seoDescription: string;
}

/** The buttons of the editor. `save` keeps the article's status (a new one is a draft). */
export type EditorAction = 'save' | 'publish' | 'schedule' | 'unpublish';

/** The status an action leads to from `current`. */
export function targetStatus(action: EditorAction, current: ArticleStatus | null): ArticleStatus {
  if (action === 'publish') return 'published';
  if (action === 'schedule') return 'scheduled';
  if (action === 'unpublish') return 'draft';
  return current ?? 'draft';
}

/** The article-writing service's input for editor fields. */
export function toArticleInput(fields: EditorFields, status: ArticleStatus, language: string | undefined): ArticleInput {
  return {
    kind: 'article',
    title: fields.title,
    slug: fields.slug,
    dek: fields.dek,
    body: fields.body,
    status,
    publishedAt: fields.publishedAt || null,
    sectionSlug: fields.sectionSlug || null,
    authorSlugs: fields.authorSlugs,
    tagSlugs: fields.tagSlugs,
    ...(language ? { language } : {}),
  };
}

/** The snapshot a revision keeps of the non-body fields. */
export function revisionFields(fields: EditorFields, slug: string, status: ArticleStatus, publishedAt: string | null): RevisionFields {
  return {
    slug,
    dek: fields.dek.trim() || null,
    status,
    publishedAt,
    sectionSlug: fields.sectionSlug || null,
    authorSlugs: fields.authorSlugs,
    tagSlugs: fields.tagSlugs,
    featuredMediaId: fields.featuredMediaId,
    featuredAlt: fields.featuredAlt.trim() || null,
    seoTitle: fields.seoTitle.trim() || null,
    seoDescription: fields.seoDescription.trim() || null,
  };
}

/** Editor fields from a revision, to restore it. */
export function fieldsFromRevision(revision: { title: string; bodyMarkdown: string; fields: RevisionFields }): EditorFields {
  const f = revision.fields;
  return {
    title: revision.title,
    slug: f.slug,
    dek: f.dek ?? '',
    body: revision.bodyMarkdown,
    sectionSlug: f.sectionSlug ?? '',
    tagSlugs: f.tagSlugs,
    authorSlugs: f.authorSlugs,
    publishedAt: f.publishedAt ?? '',
    featuredMediaId: f.featuredMediaId,
    featuredAlt: f.featuredAlt ?? '',
    seoTitle: f.seoTitle ?? '',
    seoDescription: f.seoDescription ?? '',
  };
}
