import matter from 'gray-matter';
import { z } from 'zod';
import type { ImportedPostCore } from '../imported-post.js';
import { invalid } from '../../domain/errors.js';
import { isValidSlug, slugify } from '../../domain/slug.js';
import { convertPlainTextFootnotes } from '../../citations/notes/plain-text-to-markdown.js';

const list = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean));
const frontMatter = z.object({
  title: z.string().trim().min(1, 'is required'),
  slug: z.string().trim().optional(),
  date: z.union([z.string(), z.date()]).optional(),
  updated: z.union([z.string(), z.date()]).optional(),
  section: z.string().trim().optional(),
  tags: list.optional(),
  authors: list.optional(),
  author: z.string().optional(),
  status: z.enum(['draft', 'scheduled', 'published']).default('published'),
  dek: z.string().optional(),
  excerpt: z.string().optional(),
  kind: z.enum(['article', 'page']).default('article'),
});

/** An article read from a Markdown file with front matter. */
export interface MarkdownArticle extends ImportedPostCore {
  file: string;
  section: string | null;
  tags: string[];
  authors: string[];
  dek: string | null;
}

function isoDate(value: string | Date | undefined, file: string, field: string): string | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw invalid(`${file}: front matter field "${field}" is not a date: "${String(value)}".`, field);
  return date.toISOString();
}

/**
 * Reads one Markdown file: YAML front matter (title, slug, date, section, tags, authors,
 * status…) and a body with GFM footnotes or plain-text `[n]` notes. Errors name the file,
 * and the line for YAML mistakes.
 */
export function readMarkdownFile(file: string, text: string): MarkdownArticle {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text);
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const where = mark?.line !== undefined ? `:${mark.line + 1}:${(mark.column ?? 0) + 1}` : '';
    throw invalid(`${file}${where}: the front matter is not valid YAML (${(error as Error).message.split('\n')[0]}).`, 'file');
  }
  const result = frontMatter.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw invalid(`${file}: front matter field "${issue.path.join('.') || 'title'}" ${issue.message}.`, String(issue.path[0] ?? 'title'));
  }
  const meta = result.data;
  // As static site generators do: the front matter's slug, else the file name (without a
  // Jekyll-style date prefix), else the title.
  const stem = (file.split(/[\\/]/).pop() ?? '').replace(/\.(md|markdown)$/i, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
  const slug = meta.slug ? (isValidSlug(meta.slug) ? meta.slug : slugify(meta.slug)) : isValidSlug(stem) ? stem : slugify(meta.title);
  if (!slug) throw invalid(`${file}: cannot make a slug from the title; add "slug:" to the front matter.`, 'slug');
  return {
    file,
    kind: meta.kind,
    title: meta.title,
    slug,
    status: meta.status,
    publishedAt: isoDate(meta.date, file, 'date'),
    updatedAt: isoDate(meta.updated, file, 'updated'),
    section: meta.section ? slugify(meta.section) || meta.section : null,
    tags: (meta.tags ?? []).map((t) => slugify(t) || t),
    authors: (meta.authors ?? (meta.author ? [meta.author] : [])).map((a) => slugify(a) || a),
    dek: meta.dek ?? null,
    excerpt: meta.excerpt ?? null,
    body: convertPlainTextFootnotes(parsed.content.trim()).markdown,
  };
}
