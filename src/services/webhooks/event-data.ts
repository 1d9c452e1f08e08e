import { isPubliclyVisible, type Article } from '../../domain/article.js';
import type { LinkRecord } from '../../domain/link-record.js';
import type { Comment } from '../../domain/comment.js';
import { articlePath, permalinkRules } from '../../domain/permalinks.js';
import { settingsFromEntries } from '../../domain/settings.js';
import type { Repositories } from '../ports.js';

/** An event's `data`: plain JSON; an object with a site `path` gets its absolute `url` when delivered. */
export type EventData = Record<string, unknown>;

/** The public path of an article under the site's permalink pattern. */
async function pathOf(repos: Repositories, article: Pick<Article, 'kind' | 'slug' | 'publishedAt' | 'createdAt' | 'sectionId'>): Promise<string> {
  const settings = settingsFromEntries(await repos.settings.all());
  return articlePath(article, permalinkRules(settings.permalinkPattern, await repos.sections.all()));
}

/** `{article: {…}}`: what subscribers are told of an article (never its body). */
export async function articleData(repos: Repositories, article: Article): Promise<EventData> {
  const [authors, tags] = await Promise.all([repos.articles.authorsOf([article.id]), repos.articles.tagsOf([article.id])]);
  return {
    article: {
      id: article.id,
      slug: article.slug,
      title: article.title,
      dek: article.dek,
      excerpt: article.excerpt,
      status: article.status,
      path: await pathOf(repos, article),
      published_at: article.publishedAt,
      updated_at: article.updatedAt,
      authors: (authors.get(article.id) ?? []).map((a) => ({ slug: a.slug, name: a.name })),
      tags: (tags.get(article.id) ?? []).map((t) => ({ slug: t.slug, name: t.name })),
    },
  };
}

/** `{comment: {…}, article: {…}}`: a new comment (without the commenter's email or address) and where it is. */
export async function commentData(repos: Repositories, comment: Pick<Comment, 'id' | 'parentId' | 'authorName' | 'authorUrl' | 'body' | 'status' | 'createdAt'>, article: Article): Promise<EventData> {
  return {
    comment: {
      id: comment.id,
      parent_id: comment.parentId,
      author_name: comment.authorName,
      author_url: comment.authorUrl,
      body: comment.body,
      status: comment.status,
      created_at: comment.createdAt,
    },
    article: { id: article.id, slug: article.slug, title: article.title, path: await pathOf(repos, article) },
  };
}

/** Adds `url` (site address + `path`) to every object of `data`, and of its arrays, that has a `path`. */
export function withUrls(siteUrl: string, data: unknown): unknown {
  const base = siteUrl.replace(/\/+$/, '');
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, visit(v)] as const);
    const object = Object.fromEntries(entries) as Record<string, unknown>;
    if (typeof object.path === 'string' && object.path.startsWith('/') && !('url' in object)) object.url = `${base}${object.path}`;
    return object;
  };
  return visit(data);
}

/** `{link: {…}}`: a cited link now called dead, its archived copy, and the published articles citing it. */
export async function linkData(repos: Repositories, link: LinkRecord, citingIds: readonly number[], now: Date): Promise<EventData> {
  const articles = [];
  for (const id of citingIds) {
    const article = await repos.articles.findById(id);
    if (article && isPubliclyVisible(article, now)) articles.push({ id: article.id, slug: article.slug, title: article.title, path: await pathOf(repos, article) });
  }
  return {
    link: {
      url: link.url,
      http_status: link.httpStatus,
      reason: link.reason,
      first_failure_at: link.firstFailureAt,
      last_checked_at: link.lastCheckedAt,
      archive_url: link.archive?.url ?? null,
      articles,
    },
  };
}
