import type { Selectable } from 'kysely';
import type { CslItem } from '../../domain/csl.js';
import type { Article, ArticleKind, ArticleStatus, ArticleSummary, Note } from '../../domain/article.js';
import type { Author, Tag } from '../../domain/people.js';
import type { Section } from '../../domain/section.js';
import type { ArticlesTable, AuthorsTable, NotesTable, SectionsTable, TagsTable } from '../schema.js';

/** Columns of an article summary (no bodies), for list queries. */
export const SUMMARY_COLUMNS = [
  'articles.id', 'articles.kind', 'articles.slug', 'articles.title', 'articles.dek', 'articles.excerpt',
  'articles.status', 'articles.published_at', 'articles.updated_at', 'articles.created_at',
  'articles.section_id', 'articles.language', 'articles.sticky',
] as const;

type Column<T> = T extends `articles.${infer C}` ? C : never;
type SummaryRow = Pick<Selectable<ArticlesTable>, Column<(typeof SUMMARY_COLUMNS)[number]> & keyof ArticlesTable>;

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    kind: row.kind as ArticleKind,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    excerpt: row.excerpt,
    status: row.status as ArticleStatus,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    createdAt: row.created_at,
    sectionId: row.section_id,
    language: row.language,
    sticky: row.sticky === 1,
  };
}

export function toArticle(row: Selectable<ArticlesTable>): Article {
  return { ...toSummary(row), bodyMarkdown: row.body_markdown, bodyHtml: row.body_html };
}

export function toSection(row: Selectable<SectionsTable>): Section {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    parentId: row.parent_id,
    position: row.position,
  };
}

export function toAuthor(row: Pick<Selectable<AuthorsTable>, 'id' | 'slug' | 'name' | 'bio'>): Author {
  return { id: row.id, slug: row.slug, name: row.name, bio: row.bio };
}

export function toTag(row: Pick<Selectable<TagsTable>, 'id' | 'slug' | 'name'>): Tag {
  return { id: row.id, slug: row.slug, name: row.name };
}

export function toNote(row: Selectable<NotesTable>): Note {
  return {
    number: row.number,
    label: row.label,
    rawText: row.raw_text,
    html: row.html,
    url: row.url,
    accessed: row.accessed,
    citations: row.citations,
    csl: parseCsl(row.csl),
    ibidOf: row.ibid_of,
    recognised: row.recognised === 1,
    styledHtml: row.styled_html,
    styledWith: row.styled_with,
  };
}

function parseCsl(json: string): CslItem {
  try {
    const value = JSON.parse(json) as CslItem;
    return value && typeof value === 'object' && typeof value.type === 'string' ? value : { type: 'document' };
  } catch {
    return { type: 'document' };
  }
}
