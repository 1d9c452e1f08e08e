import type { Selectable } from 'kysely';
import type { CslCite, CslItem } from '../../domain/csl.js';
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

export function toAuthor(row: Pick<Selectable<AuthorsTable>, 'id' | 'slug' | 'name' | 'bio'> & { fediverse?: string | null; avatar_media_id?: number | null; avatar_url?: string | null; avatar_file?: string | null }): Author {
  return {
    id: row.id, slug: row.slug, name: row.name, bio: row.bio, ...(row.fediverse !== undefined ? { fediverse: row.fediverse } : {}),
    ...(row.avatar_media_id !== undefined ? { avatarMediaId: row.avatar_media_id } : {}), ...(row.avatar_url !== undefined ? { avatarUrl: row.avatar_url } : {}),
    ...(row.avatar_file !== undefined ? { avatarFile: row.avatar_file } : {}),
  };
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
    ...parseNoteCsl(row.csl),
    ibidOf: row.ibid_of,
    recognised: row.recognised === 1,
    styledHtml: row.styled_html,
    styledWith: row.styled_with,
  };
}

const isItem = (value: unknown): value is CslItem => typeof value === 'object' && value !== null && typeof (value as CslItem).type === 'string';

function toCite(value: unknown): CslCite | null {
  if (typeof value !== 'object' || value === null || !isItem((value as CslCite).itemData)) return null;
  const raw = value as Record<string, unknown>;
  const cite: CslCite = { itemData: raw.itemData as CslItem };
  for (const key of ['locator', 'label', 'prefix', 'suffix'] as const) if (typeof raw[key] === 'string' && raw[key] !== '') cite[key] = raw[key];
  return cite;
}

/**
 * The `csl` column of a note: a CSL citation (`{"citationItems": [{"itemData", "locator",
 * "label", "prefix", "suffix"}]}`) since cites are kept, or, for notes stored before, the
 * one source's CSL-JSON item, which stays readable as it was.
 */
export function parseNoteCsl(json: string): { csl: CslItem; cites?: CslCite[] } {
  try {
    const value = JSON.parse(json) as unknown;
    if (isItem(value)) return { csl: value };
    const items = (value as { citationItems?: unknown } | null)?.citationItems;
    const cites = Array.isArray(items) ? items.map(toCite).filter((c): c is CslCite => c !== null) : [];
    if (cites.length > 0) return { csl: cites[0]!.itemData, cites };
  } catch {
    // Unreadable JSON: the note shows as written.
  }
  return { csl: { type: 'document' } };
}

/** The `csl` column for a note: a CSL citation with every cite, or the bare item when the note has no cites. */
export function noteCslColumn(note: Pick<Note, 'csl' | 'cites' | 'number'>): string {
  if (!note.cites || note.cites.length === 0) return JSON.stringify(note.csl);
  return JSON.stringify({ citationItems: note.cites, properties: { noteIndex: note.number } });
}
