import type { ShareCard } from '../../domain/editorial.js';
import type { Article, ArticleKind, ArticleStatus, Note } from '../../domain/article.js';
import type { ContentFilter } from '../../domain/content-filter.js';
import type { ArticleEditorial } from '../../domain/editorial.js';
import { DomainError, forbidden, invalid, notFound } from '../../domain/errors.js';
import { scopesForPostWrite, type IntegrationScope } from '../../domain/integration-scopes.js';
import type { NoteLinkHealth } from '../../domain/link-record.js';
import type { Media } from '../../domain/media.js';
import type { Author, Tag } from '../../domain/people.js';
import { sectionAncestry, type Section } from '../../domain/section.js';
import { htmlWithFootnotesToMarkdown } from '../../importers/html/html-footnotes.js';
import type { ArticleServices } from '../articles/articles-services.js';
import type { EditorialInput } from '../articles/save-article.js';
import type { ArticleInput } from '../articles/write-article.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome, type SiteChrome } from '../reader/chrome.js';
import type { StructureServices } from '../structure/structure-services.js';
import { resolveAdminFilter } from './admin-filter.js';
import { resolveAuthors, resolveTags, type AuthorRef, type TagRef } from './post-links.js';

/** A post or page in any status, with everything the Admin API shows of it. */
export interface AdminPost {
  article: Article;
  editorial: ArticleEditorial;
  featured: { media: Media; alt: string } | null;
  authors: Author[];
  tags: Tag[];
  /** Its section's path from the top down (empty without a section). */
  ancestry: Section[];
  notes: Note[];
  links: NoteLinkHealth[];
}

/** A post or page as a client writes it; absent fields are kept as they are. */
export interface PostWrite {
  title?: string;
  slug?: string;
  /** Dossier's own body: Markdown with footnotes (notes). */
  markdown?: string;
  /** HTML, converted to Markdown with its footnotes (Ghost's `?source=html`). */
  html?: string;
  status?: ArticleStatus;
  publishedAt?: string | null;
  /** Ghost's `custom_excerpt`: Dossier's dek. */
  customExcerpt?: string | null;
  featured?: boolean;
  tags?: TagRef[];
  authors?: AuthorRef[];
  /** Dossier's section (slug), or null for none; otherwise taken from the tags. */
  section?: string | null;
  /** The address of an image uploaded to this site (`/media/…`), or null for none. */
  featureImage?: string | null;
  featureImageAlt?: string | null;
  featureImageCaption?: string | null;
  /** The SEO title and description (Ghost's meta_title, meta_description); null clears. */
  metaTitle?: string | null;
  metaDescription?: string | null;
  /** Ghost's og_* and twitter_* fields (camel-cased); null clears one. */
  shareCard?: Partial<Record<keyof ShareCard, string | null>>;
}

/** The change of a post: what to write, and the `updated_at` the client last read. */
export interface PostEdit extends PostWrite {
  updatedAt: string;
}

/** The collision error Ghost's clients know: someone saved the post since it was read. */
export function updateCollision(current: string): DomainError {
  return new DomainError('Conflict', `The post was changed since it was read (it was updated at ${current}); read it again and resend the change with that updated_at.`, 'updated_at');
}

/** Refuses unless the key holds every scope in `needed`. */
export function requireGranted(granted: readonly IntegrationScope[], needed: readonly IntegrationScope[]): void {
  const missing = needed.filter((s) => !granted.includes(s));
  if (missing.length > 0) throw forbidden(`This key lacks the scope ${missing.join(', ')}.`);
}

/** Posts and pages through the Admin API: read any status, write through the article service. */
export function adminPostServices(store: Store, clock: Clock, deps: { articles: ArticleServices; structure: StructureServices }) {
  const { repos } = store;

  async function load(kind: ArticleKind, id: number): Promise<{ chrome: SiteChrome; post: AdminPost }> {
    const article = await repos.articles.findById(id);
    if (!article || article.kind !== kind) throw notFound(`There is no ${kind === 'page' ? 'page' : 'post'} with id ${id}.`);
    const [chrome, editorial, authors, tags, notes, links] = await Promise.all([
      loadChrome(repos, clock().toISOString()), repos.editorial.find(id), repos.articles.authorsOf([id]), repos.articles.tagsOf([id]),
      repos.articles.notesOf(id), repos.links.noteHealth(id),
    ]);
    const media = editorial?.featuredMediaId == null ? null : await repos.media.findById(editorial.featuredMediaId);
    const section = chrome.sections.find((s) => s.id === article.sectionId);
    return {
      chrome,
      post: {
        article, editorial: editorial!, authors: authors.get(id) ?? [], tags: tags.get(id) ?? [], notes, links,
        featured: media ? { media, alt: editorial?.featuredAlt ?? media.alt } : null,
        ancestry: section ? sectionAncestry(chrome.sections, section) : [],
      },
    };
  }

  /** The article input for `write` over `current` (null for a new post), with new tags made first. */
  async function toInput(kind: ArticleKind, write: PostWrite, current: AdminPost | null): Promise<ArticleInput> {
    const body = write.markdown ?? (write.html === undefined ? undefined : htmlWithFootnotesToMarkdown(write.html).markdown);
    let sectionSlug = current?.ancestry.at(-1)?.slug ?? null;
    let tagSlugs = current?.tags.map((t) => t.slug) ?? [];
    if (write.tags) {
      const resolved = resolveTags(write.tags, await repos.sections.all(), await repos.tags.all());
      for (const tag of resolved.newTags) await deps.structure.createTag(tag);
      tagSlugs = resolved.tagSlugs;
      if (kind === 'article') sectionSlug = resolved.sectionSlug ?? (write.tags.length === 0 ? null : sectionSlug);
    }
    if (write.section !== undefined) sectionSlug = write.section;
    const a = current?.article;
    const status = write.status ?? a?.status ?? 'draft';
    return {
      kind,
      title: write.title ?? a?.title ?? '',
      slug: write.slug ?? a?.slug,
      dek: write.customExcerpt !== undefined ? write.customExcerpt : (a?.dek ?? null),
      body: body ?? a?.bodyMarkdown ?? '',
      status,
      publishedAt: write.publishedAt !== undefined ? write.publishedAt : (a?.publishedAt ?? null),
      sectionSlug: kind === 'page' ? null : sectionSlug,
      authorSlugs: write.authors ? await resolveAuthors(repos, write.authors) : (current?.authors.map((x) => x.slug) ?? []),
      tagSlugs,
      ...(a ? { language: a.language } : {}),
      sticky: write.featured ?? a?.sticky ?? false,
    };
  }

  /** The featured image and SEO fields to save, or undefined to keep them as they are. */
  async function editorialOf(write: PostWrite, current: AdminPost | null): Promise<EditorialInput | undefined> {
    if (write.featureImage === undefined && write.featureImageAlt === undefined && write.featureImageCaption === undefined && !write.shareCard
      && write.metaTitle === undefined && write.metaDescription === undefined) return undefined;
    let mediaId = current?.editorial.featuredMediaId ?? null;
    if (write.featureImage !== undefined) {
      const name = write.featureImage === null ? null : /\/media\/([^/?#]+)$/.exec(new URL(write.featureImage, 'http://x/').pathname)?.[1];
      const media = name ? await repos.media.findByStoredName(name) : null;
      if (write.featureImage !== null && !media) throw invalid('feature_image must be the address of an image uploaded to this site (images/upload).', 'feature_image');
      mediaId = media?.id ?? null;
    }
    return {
      featuredMediaId: mediaId,
      featuredAlt: (write.featureImageAlt !== undefined ? write.featureImageAlt : current?.editorial.featuredAlt) ?? '',
      seoTitle: (write.metaTitle !== undefined ? write.metaTitle : current?.editorial.seoTitle) ?? '',
      seoDescription: (write.metaDescription !== undefined ? write.metaDescription : current?.editorial.seoDescription) ?? '',
      ...(write.featureImageCaption !== undefined ? { featuredCaption: write.featureImageCaption ?? '' } : {}),
      ...(write.shareCard ? { shareCard: Object.fromEntries(Object.entries(write.shareCard).map(([field, value]) => [field, value ?? ''])) } : {}),
    };
  }

  return {
    /** One page of posts or pages in any status, those the filter (if any) matches, most recently changed first. */
    async browse(kind: ArticleKind, query: { page: number; limit: number; filter?: ContentFilter | null }) {
      const filter = { kind, filter: query.filter ? await resolveAdminFilter(query.filter, await repos.sections.all(), repos) : null };
      const [rows, total] = await Promise.all([
        repos.editorial.list({ ...filter, limit: query.limit, offset: (query.page - 1) * query.limit }),
        repos.editorial.count(filter),
      ]);
      const items = await Promise.all(rows.map(async (row) => (await load(kind, row.id)).post));
      return { chrome: await loadChrome(repos, clock().toISOString()), items, page: query.page, limit: query.limit, total };
    },

    /** One post or page by id or slug, in any status. */
    async read(kind: ArticleKind, by: { id: number } | { slug: string }) {
      const id = 'id' in by ? by.id : (await repos.articles.findBySlug(by.slug))?.id;
      if (id === undefined) throw notFound(`There is no ${kind === 'page' ? 'page' : 'post'} with slug "${'slug' in by ? by.slug : ''}".`);
      return load(kind, id);
    },

    /** A new post or page (a draft unless it says otherwise); publishing needs `posts:publish`. */
    async add(kind: ArticleKind, write: PostWrite, granted: readonly IntegrationScope[]) {
      requireGranted(granted, scopesForPostWrite(null, write.status ?? 'draft'));
      if (!write.title?.trim()) throw invalid('A post needs a title.', 'title');
      const editorial = await editorialOf(write, null);
      const saved = await deps.articles.save(await toInput(kind, write, null), editorial ? { editorial } : {});
      return load(kind, saved.id);
    },

    /**
     * Changes a post: refused with a collision unless `updatedAt` is the post's current
     * `updated_at`; the version it was read at is held through the save, so of two edits
     * from the same read only one lands.
     */
    async edit(kind: ArticleKind, id: number, edit: PostEdit, granted: readonly IntegrationScope[]) {
      const { post: current } = await load(kind, id);
      if (Date.parse(edit.updatedAt) !== Date.parse(current.article.updatedAt)) throw updateCollision(current.article.updatedAt);
      requireGranted(granted, scopesForPostWrite(current.article.status, edit.status ?? current.article.status));
      const input = await toInput(kind, edit, current);
      const editorial = await editorialOf(edit, current);
      try {
        await deps.articles.save(input, { id, version: current.editorial.version, ...(editorial ? { editorial } : {}) });
      } catch (error) {
        if (error instanceof DomainError && error.kind === 'Conflict' && error.field === 'version') throw updateCollision((await repos.articles.findById(id))?.updatedAt ?? '');
        throw error;
      }
      return load(kind, id);
    },

    /** Deletes a post or page; a live one needs `posts:publish`. */
    async delete(kind: ArticleKind, id: number, granted: readonly IntegrationScope[]): Promise<void> {
      const { post } = await load(kind, id);
      requireGranted(granted, scopesForPostWrite(post.article.status, null));
      await deps.articles.delete(id);
    },
  };
}

/** The Admin API's post and page services. */
export type AdminPostServices = ReturnType<typeof adminPostServices>;
