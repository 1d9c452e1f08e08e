import type { ArticleStatus } from '../../domain/article.js';
import type { RevisionFields, ShareCard } from '../../domain/editorial.js';
import { invalid, m } from '../../domain/errors.js';
import type { UserActor } from '../../policies/policy.js';
import type { SaveArticleRequest } from './save-article.js';
import type { ArticleInput } from './write-article.js';

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
  /** An article type, '' for none; absent keeps the article's. */
  articleType?: string;
  /** The article's language (BCP 47); absent or '' keeps the current one. */
  language?: string;
  /** The featured image's caption; absent keeps the article's. */
  featuredCaption?: string;
  /** The article's own Open Graph/Twitter card fields; those absent are kept. */
  shareCard?: Partial<Record<keyof ShareCard, string>>;
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

/** A save as the editor form sends it: which article, the version it opened, the fields, the button. */
export interface EditorSave {
  id?: number;
  version?: number;
  fields: EditorFields;
  action: EditorAction;
}

function requireSchedulingDate(fields: EditorFields, action: EditorAction, now: Date): void {
  if (action !== 'schedule') return;
  const time = Date.parse(fields.publishedAt);
  if (Number.isNaN(time)) throw invalid(m`Choose the date and time to publish at.`, 'publishedAt');
  if (time <= now.getTime()) throw invalid(m`A scheduled date must be in the future; to publish now, choose Publish.`, 'publishedAt');
}

/**
 * The save an editor form asks for: the button decides the status ("Save" keeps it),
 * unpublishing keeps the publication date, and a schedule needs a future date.
 */
export function fromEditor(actor: UserActor, request: EditorSave, now: Date): SaveArticleRequest {
  const { fields, action } = request;
  requireSchedulingDate(fields, action, now);
  return {
    writer: actor,
    id: request.id,
    version: request.version,
    input: (current) => {
      const input = toArticleInput(fields, targetStatus(action, current?.status ?? null), fields.language?.trim() || current?.language);
      if (action === 'unpublish') input.publishedAt = current?.publishedAt ?? null;
      return input;
    },
    editorial: {
      featuredMediaId: fields.featuredMediaId, featuredAlt: fields.featuredAlt, seoTitle: fields.seoTitle, seoDescription: fields.seoDescription,
      ...(fields.articleType !== undefined ? { articleType: fields.articleType } : {}),
      ...(fields.featuredCaption !== undefined ? { featuredCaption: fields.featuredCaption } : {}),
      ...(fields.shareCard ? { shareCard: fields.shareCard } : {}),
    },
  };
}
