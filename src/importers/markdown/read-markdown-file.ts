import matter from 'gray-matter';
import { z } from 'zod';
import type { ImportedPostCore } from '../imported-post.js';
import { invalid } from '../../domain/errors.js';
import { isValidSlug, slugify } from '../../domain/slug.js';
import { convertPlainTextFootnotes } from '../../citations/notes/plain-text-to-markdown.js';
import { pathOf, sectionPath, UNUSED_KEYS } from './front-matter-keys.js';

const list = z.union([z.string(), z.array(z.union([z.string(), z.number()]))]).transform((v) => (Array.isArray(v) ? v.map(String) : v.split(',')).map((s) => s.trim()).filter(Boolean));
const date = z.union([z.string(), z.date()]);
const frontMatter = z.object({
  title: z.string().trim().min(1, 'is required'),
  slug: z.string().trim().optional(),
  // Jekyll: the post's URL; its last segment is the slug, the URL itself is redirected.
  permalink: z.string().trim().optional(),
  date: date.optional(),
  // Hugo's name for the publication date when `date` is the creation date.
  publishDate: date.optional(),
  updated: date.optional(),
  // Hugo's and Jekyll's (jekyll-last-modified-at) names for the last change.
  lastmod: date.optional(),
  last_modified_at: date.optional(),
  section: z.string().trim().optional(),
  tags: list.optional(),
  authors: list.optional(),
  author: z.string().optional(),
  status: z.enum(['draft', 'scheduled', 'published']).optional(),
  // Hugo and Jekyll: `draft: true`; Jekyll also `published: false`.
  draft: z.boolean().optional(),
  published: z.boolean().optional(),
  dek: z.string().optional(),
  subtitle: z.string().optional(),
  description: z.string().optional(),
  excerpt: z.string().optional(),
  summary: z.string().optional(),
  language: z.string().trim().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or pt-BR').optional(),
  lang: z.string().trim().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or pt-BR').optional(),
  // Hugo's aliases and Jekyll's redirect_from (jekyll-redirect-from): old URLs of the post.
  aliases: list.optional(),
  redirect_from: list.optional(),
  kind: z.enum(['article', 'page']).default('article'),
});

/** An article read from a Markdown file with front matter. */
export interface MarkdownArticle extends ImportedPostCore {
  file: string;
  /** Section names from the top, `News/Local` → ['News', 'Local']; empty for none. */
  sections: string[];
  tags: string[];
  authors: string[];
  dek: string | null;
  language: string | null;
  /** Old paths to redirect to the article (Hugo aliases, Jekyll redirect_from and permalink). */
  oldPaths: string[];
  /** What the file holds that was not imported, or imported differently. */
  warnings: string[];
}

function isoDate(value: string | Date | undefined, file: string, field: string): string | null {
  if (value === undefined) return null;
  const parsed = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(parsed.getTime())) throw invalid(`${file}: front matter field "${field}" is not a date: "${String(value)}".`, field);
  return parsed.toISOString();
}

function parseFrontMatter(file: string, text: string): matter.GrayMatterFile<string> {
  try {
    return matter(text);
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const where = mark?.line !== undefined ? `:${mark.line + 1}:${(mark.column ?? 0) + 1}` : '';
    throw invalid(`${file}${where}: the front matter is not valid YAML (${(error as Error).message.split('\n')[0]}).`, 'file');
  }
}

/**
 * Reads one Markdown file: YAML front matter in Dossier's, Hugo's or Jekyll's words (title,
 * slug/permalink, date/publishDate, updated/lastmod, section as a `a/b` path, tags,
 * authors/author, draft/published/status, dek/subtitle/description, language, aliases and
 * redirect_from) and a body with GFM footnotes or plain-text `[n]` notes. Keys it does not
 * use are listed in `warnings`. Errors name the file, and the line for YAML mistakes.
 */
export function readMarkdownFile(file: string, text: string): MarkdownArticle {
  const parsed = parseFrontMatter(file, text);
  const result = frontMatter.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw invalid(`${file}: front matter field "${issue.path.join('.') || 'title'}" ${issue.message}.`, String(issue.path[0] ?? 'title'));
  }
  const meta = result.data;
  const warnings: string[] = [];
  const known = new Set(Object.keys(frontMatter.shape));
  for (const key of Object.keys(parsed.data)) {
    if (known.has(key)) continue;
    warnings.push(`front matter field "${key}" ${UNUSED_KEYS[key] ?? 'is not one Dossier knows'}; it was not imported`);
  }
  // As static site generators do: the front matter's slug, else the permalink's last segment,
  // else the file name (without a Jekyll-style date prefix), else the title.
  const stem = (file.split(/[\\/]/).pop() ?? '').replace(/\.(md|markdown)$/i, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
  const fromPermalink = meta.permalink?.split('/').filter(Boolean).pop()?.replace(/\.html?$/, '');
  const wanted = meta.slug ?? fromPermalink;
  const slug = wanted ? (isValidSlug(wanted) ? wanted : slugify(wanted)) : isValidSlug(stem) ? stem : slugify(meta.title);
  if (!slug) throw invalid(`${file}: cannot make a slug from the title; add "slug:" to the front matter.`, 'slug');
  const status = meta.status ?? (meta.draft === true || meta.published === false ? 'draft' : 'published');
  const oldPaths = [...(meta.aliases ?? []), ...(meta.redirect_from ?? []), ...(meta.permalink && !meta.permalink.includes(':') ? [meta.permalink] : [])]
    .map((path) => pathOf(path, warnings))
    .filter((path): path is string => path !== null);
  return {
    file,
    kind: meta.kind,
    title: meta.title,
    slug,
    status,
    publishedAt: isoDate(meta.publishDate ?? meta.date, file, meta.publishDate ? 'publishDate' : 'date'),
    updatedAt: isoDate(meta.updated ?? meta.lastmod ?? meta.last_modified_at, file, meta.updated ? 'updated' : meta.lastmod ? 'lastmod' : 'last_modified_at'),
    sections: meta.section ? sectionPath(meta.section) : [],
    tags: (meta.tags ?? []).map((t) => slugify(t) || t),
    authors: (meta.authors ?? (meta.author ? [meta.author] : [])).map((a) => slugify(a) || a),
    // Hugo's and Jekyll's `description` is the line under the title; with a dek of its own, the excerpt.
    dek: meta.dek ?? meta.subtitle ?? meta.description ?? null,
    excerpt: meta.excerpt ?? meta.summary ?? ((meta.dek ?? meta.subtitle) !== undefined ? meta.description : undefined) ?? null,
    language: meta.language ?? meta.lang ?? null,
    oldPaths: [...new Set(oldPaths)],
    warnings,
    body: convertPlainTextFootnotes(parsed.content.trim()).markdown,
  };
}
