import type { ArticleKind, Note } from '../../domain/article.js';
import { tagApiId, type ContentFilter } from '../../domain/content-filter.js';
import { notFound } from '../../domain/errors.js';
import type { NoteLinkHealth } from '../../domain/link-record.js';
import type { Author, Tag } from '../../domain/people.js';
import { childSections, sectionAncestry, type Section } from '../../domain/section.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome, type SiteChrome } from '../reader/chrome.js';
import { contentKeyServices } from './content-keys.js';
import type { ContentItem, NameOrder, NameTerm } from './ports.js';
import { postIdOf, resolveFilter } from './resolve-filter.js';

/** A post or page with what the Content API shows beside it. */
export interface ContentPost {
  item: ContentItem;
  authors: Author[];
  tags: Tag[];
  /** Its section's path from the top down (empty without a section). */
  ancestry: Section[];
  /** Its notes and their links' health, when asked for. */
  references: { notes: Note[]; links: NoteLinkHealth[] } | null;
}

/** A tag as the Content API lists it: one of the site's tags, or a section (sections are tags there). */
export type ContentTag = ({ kind: 'tag' } & Tag) | ({ kind: 'section'; description: string; path: Section[] } & Pick<Section, 'id' | 'slug' | 'name'>);

/** One page of a browse, with the site's settings and sections its presenter needs. */
export interface ContentPage<T> {
  chrome: SiteChrome;
  items: T[];
  page: number;
  limit: number;
  total: number;
}

/** What a browse of posts or pages asks for. */
export interface PostBrowse {
  page: number;
  limit: number;
  filter: ContentFilter | null;
  direction: 'asc' | 'desc';
  references: boolean;
}

/** What a browse of tags or authors asks for. */
export interface NameBrowse {
  page: number;
  limit: number;
  terms: NameTerm[];
  /** Null: sections in site order, tags and authors by slug. */
  order: NameOrder | null;
  /** Add how many public posts each has. */
  counts: boolean;
}

/**
 * Bylines and tags of a page's posts, looked up in batches: PostgreSQL reads a hundred ids
 * in one IN list by scanning the whole join table, a few dozen through its primary key.
 */
async function inChunks<V>(ids: number[], load: (part: number[]) => Promise<Map<number, V>>): Promise<Map<number, V>> {
  const parts: number[][] = [];
  for (let i = 0; i < ids.length; i += 25) parts.push(ids.slice(i, i + 25));
  const maps = await Promise.all(parts.map(load));
  return new Map(maps.flatMap((m) => [...m]));
}

/** The Content API's use cases: public posts, pages, tags, authors and settings, and its keys. */
export function createContentApiServices(store: Store, clock: Clock) {
  const { repos } = store;
  const now = () => clock().toISOString();

  async function details(items: ContentItem[], sections: Section[], references: boolean): Promise<ContentPost[]> {
    const ids = items.map((i) => i.id);
    const [authors, tags, notes, links] = await Promise.all([
      inChunks(ids, (part) => repos.articles.authorsOf(part)),
      inChunks(ids, (part) => repos.articles.tagsOf(part)),
      references ? repos.articles.notesOfMany(ids) : Promise.resolve(new Map<number, Note[]>()),
      references ? Promise.all(ids.map((id) => repos.links.noteHealth(id))) : Promise.resolve([]),
    ]);
    return items.map((item, i) => {
      const section = sections.find((s) => s.id === item.sectionId);
      return {
        item,
        authors: authors.get(item.id) ?? [],
        tags: (tags.get(item.id) ?? []).slice().sort((a, b) => a.name.localeCompare(b.name)),
        ancestry: section ? sectionAncestry(sections, section) : [],
        references: references ? { notes: notes.get(item.id) ?? [], links: links[i] ?? [] } : null,
      };
    });
  }

  function sectionTag(section: Section, sections: Section[]): ContentTag {
    return { kind: 'section', id: section.id, slug: section.slug, name: section.name, description: section.description, path: sectionAncestry(sections, section) };
  }

  /** Sections in the order the site shows them: each followed by its subsections. */
  function inSiteOrder(sections: Section[], parentId: number | null = null, seen = new Set<number>()): Section[] {
    return childSections(sections, parentId).filter((s) => !seen.has(s.id) && seen.add(s.id)).flatMap((s) => [s, ...inSiteOrder(sections, s.id, seen)]);
  }

  /** Sections sorted as asked (sections still come before tags), or as they were. */
  function sortedBy(sections: Section[], order: NameOrder | null): Section[] {
    if (!order) return sections;
    const sign = order.direction === 'asc' ? 1 : -1;
    return [...sections].sort((a, b) => sign * (a[order.field] < b[order.field] ? -1 : a[order.field] > b[order.field] ? 1 : 0));
  }

  function sectionMatches(section: Section, terms: NameTerm[]): boolean {
    return terms.every((term) => {
      const value = term.field === 'id' ? tagApiId({ kind: 'section', id: section.id }) : section.slug;
      return term.values.map(String).includes(value) !== term.negate;
    });
  }

  /** Tag terms with `tag-N` ids as row ids, for the tags table. */
  function tagTerms(terms: NameTerm[]): NameTerm[] {
    return terms.map((t) => (t.field === 'id' ? { ...t, values: t.values.map(String).map((v) => (/^tag-\d+$/.test(v) ? postIdOf(v.slice(4)) : null)).filter((v): v is number => v !== null) } : t));
  }

  async function counted<T extends { id: number }>(scope: 'tag' | 'section' | 'author', items: T[], wanted: boolean): Promise<Array<T & { postCount?: number }>> {
    if (!wanted) return items;
    const at = now();
    const counts = await Promise.all(items.map((item) => repos.listings.count({ scope, scopeId: item.id }, at)));
    return items.map((item, i) => ({ ...item, postCount: counts[i]! }));
  }

  /** Sections (in site order) then tags (by slug), one page of them. */
  async function tags(browse: NameBrowse): Promise<ContentPage<ContentTag & { postCount?: number }>> {
    const chrome = await loadChrome(repos, now());
    const sections = sortedBy(inSiteOrder(chrome.sections).filter((s) => sectionMatches(s, browse.terms)), browse.order);
    const offset = (browse.page - 1) * browse.limit;
    const shown = sections.slice(offset, offset + browse.limit).map((s) => sectionTag(s, chrome.sections));
    const tagOffset = Math.max(0, offset - sections.length);
    const tags = await repos.contentApi.tagPage({ terms: tagTerms(browse.terms), order: browse.order, limit: browse.limit - shown.length, offset: tagOffset });
    const items: ContentTag[] = [...shown, ...(shown.length < browse.limit ? tags.items.map((t): ContentTag => ({ kind: 'tag', ...t })) : [])];
    const withCounts = await Promise.all(items.map(async (t) => (await counted(t.kind, [t], browse.counts))[0]!));
    return { chrome, items: withCounts, page: browse.page, limit: browse.limit, total: sections.length + tags.total };
  }

  /** One page of authors, by slug. */
  async function authors(browse: NameBrowse): Promise<ContentPage<Author & { postCount?: number }>> {
    const chrome = await loadChrome(repos, now());
    const terms = browse.terms.map((t) => (t.field === 'id' ? { ...t, values: t.values.map((v) => postIdOf(String(v))).filter((v): v is number => v !== null) } : t));
    const found = await repos.contentApi.authorPage({ terms, order: browse.order, limit: browse.limit, offset: (browse.page - 1) * browse.limit });
    return { chrome, items: await counted('author', found.items, browse.counts), page: browse.page, limit: browse.limit, total: found.total };
  }

  return {
    keys: contentKeyServices(store, clock),

    /** One page of public posts (`article`) or standalone pages (`page`). */
    async posts(kind: ArticleKind, browse: PostBrowse): Promise<ContentPage<ContentPost>> {
      const at = now();
      const chrome = await loadChrome(repos, at);
      const filter = browse.filter ? await resolveFilter(browse.filter, chrome.sections, repos) : null;
      const found = await repos.contentApi.page({ kind, filter, direction: browse.direction, now: at, limit: browse.limit, offset: (browse.page - 1) * browse.limit });
      return { chrome, items: await details(found.items, chrome.sections, browse.references), page: browse.page, limit: browse.limit, total: found.total };
    },

    /** One public post or page by id or slug, with its references; NotFound otherwise. */
    async post(kind: ArticleKind, by: { id: string } | { slug: string }): Promise<{ chrome: SiteChrome; post: ContentPost }> {
      const at = now();
      const id = 'id' in by ? postIdOf(by.id) : null;
      const item = 'id' in by ? (id === null ? null : await repos.contentApi.find(kind, { id }, at)) : await repos.contentApi.find(kind, by, at);
      if (!item) throw notFound(`There is no published ${kind === 'page' ? 'page' : 'post'} with that ${'id' in by ? 'id' : 'slug'}.`);
      const chrome = await loadChrome(repos, at);
      return { chrome, post: (await details([item], chrome.sections, true))[0]! };
    },

    /** One section or tag by id (`section-3`, `tag-5`) or slug; NotFound otherwise. */
    tags,

    async tag(by: { id: string } | { slug: string }, counts: boolean): Promise<{ chrome: SiteChrome; tag: ContentTag & { postCount?: number } }> {
      const found = await tags({ page: 1, limit: 2, terms: ['id' in by ? { field: 'id', values: [by.id], negate: false } : { field: 'slug', values: [by.slug], negate: false }], order: null, counts });
      const tag = found.items[0];
      if (!tag) throw notFound('There is no tag or section with that id or slug.');
      return { chrome: found.chrome, tag };
    },

    /** One author by id or slug; NotFound otherwise. */
    authors,

    async author(by: { id: string } | { slug: string }, counts: boolean): Promise<{ chrome: SiteChrome; author: Author & { postCount?: number } }> {
      const found = await authors({ page: 1, limit: 1, terms: ['id' in by ? { field: 'id', values: [by.id], negate: false } : { field: 'slug', values: [by.slug], negate: false }], order: null, counts });
      const author = found.items[0];
      if (!author) throw notFound('There is no author with that id or slug.');
      return { chrome: found.chrome, author };
    },

    /** The site's settings, sections and pages. */
    settings: (): Promise<SiteChrome> => loadChrome(repos, now()),
  };
}

/** The Content API services. */
export type ContentApiServices = ReturnType<typeof createContentApiServices>;
