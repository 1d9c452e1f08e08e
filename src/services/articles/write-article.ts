import type { ArticleKind, ArticleStatus } from '../../domain/article.js';
import { ARTICLE_STATUSES } from '../../domain/article.js';
import { conflict, invalid, m } from '../../domain/errors.js';
import { makeExcerpt } from '../../domain/excerpt.js';
import { RESERVED_PAGE_SLUGS } from '../../domain/permalinks.js';
import { isValidSlug, slugify } from '../../domain/slug.js';
import type { Diagnostic } from '../../citations/lint/diagnostic.js';
import { lintCitations } from '../../citations/lint/lint-citations.js';
import type { RenderedMarkdown, renderMarkdown as RenderMarkdown } from '../../content/markdown.js';
import { citationErrorsRefusal, notesToStore } from '../sources/article-notes.js';
import { RENDER_CITATIONS_JOB } from '../sources/render-citations.js';
import { syncDiscoveryIndex } from '../discovery/discovery-index.js';
import type { ArticleRecord } from './ports.js';
import type { Clock, Repositories } from '../ports.js';
import { settingsFromEntries } from '../../domain/settings.js';

/** What a writer submits for an article or page. */
export interface ArticleInput {
  kind?: ArticleKind;
  title: string;
  slug?: string;
  dek?: string | null;
  /** Markdown with GFM footnotes. */
  body: string;
  status: ArticleStatus;
  /** ISO time; defaults to now when publishing. */
  publishedAt?: string | null;
  /** ISO time of the last revision; defaults to now. */
  updatedAt?: string;
  sectionSlug?: string | null;
  authorSlugs?: string[];
  tagSlugs?: string[];
  language?: string;
  /** A summary to use instead of one taken from the body. */
  excerpt?: string | null;
  sticky?: boolean;
  /** When the article was first created (imports keep the original); defaults to now. */
  createdAt?: string;
}

/** An ISO time, or an Invalid error naming the field. */
export function requireIsoTime(value: string, field: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw invalid(m`${field} must be an ISO 8601 date and time, got "${value}".`, field);
  return new Date(time).toISOString();
}

async function resolveLinks(repos: Repositories, input: ArticleInput, kind: ArticleKind) {
  let sectionId: number | null = null;
  if (input.sectionSlug) {
    if (kind === 'page') throw invalid(m`A standalone page does not belong to a section.`, 'section');
    const section = (await repos.sections.all()).find((s) => s.slug === input.sectionSlug);
    if (!section) throw invalid(m`There is no section "${input.sectionSlug}".`, 'section');
    sectionId = section.id;
  }
  const authorSlugs = [...new Set(input.authorSlugs ?? [])];
  const authors = await repos.authors.findManyBySlugs(authorSlugs);
  const missingAuthor = authorSlugs.find((slug) => !authors.some((a) => a.slug === slug));
  if (missingAuthor) throw invalid(m`There is no author "${missingAuthor}".`, 'authors');
  const tagSlugs = [...new Set(input.tagSlugs ?? [])];
  const tags = await repos.tags.findManyBySlugs(tagSlugs);
  const missingTag = tagSlugs.find((slug) => !tags.some((t) => t.slug === slug));
  if (missingTag) throw invalid(m`There is no tag "${missingTag}".`, 'tags');
  return {
    sectionId,
    authorIds: authorSlugs.map((slug) => authors.find((a) => a.slug === slug)!.id),
    tagIds: tagSlugs.map((slug) => tags.find((t) => t.slug === slug)!.id),
  };
}

/**
 * The Markdown pipeline is loaded on first save, not at startup: serving pages never
 * renders Markdown, and unified with its plugins is the largest import we have.
 */
let markdownModule: Promise<{ renderMarkdown: typeof RenderMarkdown }> | undefined;
async function render(markdown: string, idPrefix: string): Promise<RenderedMarkdown> {
  markdownModule ??= import('../../content/markdown.js');
  return (await markdownModule).renderMarkdown(markdown, { idPrefix });
}

/** The slug to save under (the title's when none is given), refused when not valid or reserved. */
export function checkedSlug(input: Pick<ArticleInput, 'slug' | 'title'>, kind: ArticleKind): string {
  const slug = input.slug?.trim() || slugify(input.title);
  if (!isValidSlug(slug)) throw invalid(m`The slug "${slug}" is not valid: use lowercase letters, digits and single hyphens.`, 'slug');
  if (kind === 'page' && RESERVED_PAGE_SLUGS.has(slug)) throw invalid(m`The slug "${slug}" is reserved by the site.`, 'slug');
  return slug;
}

/** The row to store for an article, checked: status, title and dates. */
export function buildRecord(input: ArticleInput, kind: ArticleKind, slug: string, now: Date, sectionId: number | null, rendered: Pick<RenderedMarkdown, 'html' | 'leadText'>): ArticleRecord {
  if (!ARTICLE_STATUSES.includes(input.status)) throw invalid(m`status must be one of ${ARTICLE_STATUSES.join(', ')}.`, 'status');
  const title = input.title.trim();
  if (title === '') throw invalid(m`The title is empty.`, 'title');
  let publishedAt = input.publishedAt ? requireIsoTime(input.publishedAt, 'publishedAt') : null;
  if (input.status === 'scheduled' && publishedAt === null) throw invalid(m`A scheduled article needs a publication date.`, 'publishedAt');
  if (input.status === 'published') publishedAt ??= now.toISOString();
  if (input.language !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(input.language)) {
    throw invalid(m`The language must be a tag such as en, fr, ar or pt-BR.`, 'language');
  }
  return {
    kind,
    slug,
    title,
    dek: input.dek?.trim() || null,
    bodyMarkdown: input.body,
    bodyHtml: rendered.html,
    excerpt: input.excerpt?.trim() ? makeExcerpt(input.excerpt, 400) : makeExcerpt(rendered.leadText),
    status: input.status,
    publishedAt,
    updatedAt: input.updatedAt ? requireIsoTime(input.updatedAt, 'updatedAt') : now.toISOString(),
    sectionId,
    language: input.language ?? 'en',
    sticky: input.sticky ?? false,
  };
}

/** What a save did: the article's id and what citation lint found (warnings, or errors in a draft). */
export interface SaveResult {
  id: number;
  diagnostics: Diagnostic[];
}

/**
 * Writes an article or page (a new one, or replaces the one with `id`) through the given
 * repositories: lints and parses its notes, renders its Markdown, sets authors, tags and
 * notes. Publishing (or scheduling) is refused while citation lint finds errors; a draft
 * may be saved with them (and an import may keep a post as its source had it, reporting
 * them). The caller owns the transaction: `saveArticle` for one article, an import for many.
 */
export async function writeArticle(
  repos: Repositories,
  clock: Clock,
  input: ArticleInput,
  options: { id?: number; refuseCitationErrors?: boolean } = {},
): Promise<SaveResult> {
  const { id } = options;
  const kind = input.kind ?? 'article';
  const slug = checkedSlug(input, kind);
  const now = clock();
  const lint = lintCitations(input.body, { now, format: 'markdown' });
  if (input.status !== 'draft' && options.refuseCitationErrors !== false) {
    const refusal = citationErrorsRefusal(lint.diagnostics);
    if (refusal) throw refusal;
  }
  const existing = await repos.articles.findBySlug(slug);
  if (existing && existing.id !== id) throw conflict(m`Another article already uses the slug "${slug}".`, 'slug');
  const links = await resolveLinks(repos, input, kind);
  const rendered = await render(input.body, `${slug}-`);
  // An article saved without a language is written in the site's.
  const language = input.language ?? settingsFromEntries(await repos.settings.all()).language;
  const record = buildRecord({ ...input, language }, kind, slug, now, links.sectionId, rendered);
  const articleId = id ?? (await repos.articles.insert(record, input.createdAt ? requireIsoTime(input.createdAt, 'createdAt') : now.toISOString()));
  if (id !== undefined) await repos.articles.update(id, record);
  await repos.articles.setAuthors(articleId, links.authorIds);
  await repos.articles.setTags(articleId, links.tagIds);
  const notes = notesToStore(rendered, lint);
  await repos.articles.setNotes(articleId, notes);
  const errors = lint.diagnostics.filter((d) => d.severity === 'error').length;
  await repos.editorial.setLintCounts(articleId, errors, lint.diagnostics.length - errors);
  // Styling runs as a job: a citation style engine takes seconds to start.
  if (notes.some((note) => note.recognised)) {
    await repos.jobs.enqueue({ kind: RENDER_CITATIONS_JOB, payload: { articleId } }, now.toISOString());
  }
  await syncDiscoveryIndex(repos, articleId);
  return { id: articleId, diagnostics: lint.diagnostics };
}
