// Ports of the site structure: sections, authors, tags, redirects.
import type { Author, Redirect, Tag } from '../../domain/people.js';
import type { Section } from '../../domain/section.js';
import type { SectionPlacement } from '../../domain/section-moves.js';
import type { TermTranslation, TranslatedKind } from '../../domain/term-translations.js';
import type { ListingKey } from '../discovery/ports.js';

/** Sections of the site. */
export interface SectionRepository {
  all(): Promise<Section[]>;
  insert(section: Omit<Section, 'id'>, createdAt: string): Promise<number>;
}

/** Authors. */
export interface AuthorRepository {
  findBySlug(slug: string): Promise<Author | null>;
  findManyBySlugs(slugs: string[]): Promise<Author[]>;
  /** `email` (never shown) is where comment notifications go. */
  insert(author: Omit<Author, 'id'> & { email?: string | null }, createdAt: string): Promise<number>;
  all(): Promise<Author[]>;
  /** The first `limit` authors by name (a bounded read of the name index). */
  firstByName(limit: number): Promise<Author[]>;
}

/** Tags. */
export interface TagRepository {
  findBySlug(slug: string): Promise<Tag | null>;
  findById(id: number): Promise<Tag | null>;
  findManyBySlugs(slugs: string[]): Promise<Tag[]>;
  all(): Promise<Tag[]>;
  /** The first `limit` tags by name (a bounded read of the name index). */
  firstByName(limit: number): Promise<Tag[]>;
  insert(tag: Omit<Tag, 'id'>): Promise<number>;
}

/** Old paths mapped to new ones. */
export interface RedirectRepository {
  find(fromPath: string): Promise<Redirect | null>;
  insert(redirect: Redirect, createdAt: string): Promise<void>;
  /** Every redirect, by old path. */
  all(): Promise<Redirect[]>;
}

/** What the structure screens change beyond creating things. */
export interface StructureAdminRepository {
  placeSections(placements: SectionPlacement[]): Promise<void>;
  updateSection(id: number, fields: { name: string; slug: string; description: string }): Promise<void>;
  allTags(): Promise<Tag[]>;
  updateTag(id: number, fields: { name: string; slug: string }): Promise<void>;
  allAuthors(): Promise<Array<Author & { avatarMediaId: number | null }>>;
  /** Changes the fields given (`fediverse` left as it is when absent). */
  updateAuthor(id: number, fields: { name: string; bio: string; avatarMediaId: number | null; fediverse?: string | null }): Promise<void>;
  allRedirects(): Promise<Redirect[]>;
  deleteRedirect(fromPath: string): Promise<void>;
  /** Ids of the articles and pages (any status) that carry the tag, name the author, or sit in the section itself. */
  articleIdsWith(ref: { tag: number } | { author: number } | { section: number }): Promise<number[]>;
  /** Moves the articles of section `from` to section `to` (null: none), each to a new version; returns their ids. */
  moveSectionArticles(from: number, to: number | null): Promise<number[]>;
  /**
   * Deletes the tag, author or section row (with any article rows still naming it) and the
   * counters of its lists; returns the lists it had (`tag:5`, `tag@fr:5`…) so their pages are purged.
   */
  deleteTag(id: number): Promise<ListingKey[]>;
  deleteAuthor(id: number): Promise<ListingKey[]>;
  deleteSection(id: number): Promise<ListingKey[]>;
  /** Sets where `fromPath` redirects, replacing any redirect it had (it answers only where the site would say 404). */
  putRedirect(redirect: Redirect, createdAt: string): Promise<void>;
}

/** Sections', tags' and authors' names, slugs, descriptions and bios in other languages. */
export interface TermTranslationRepository {
  /** Every translation of one kind (the sections' are read with the site chrome). */
  ofKind(kind: TranslatedKind): Promise<TermTranslation[]>;
  /** The translations of some items of a kind (an article's tags, its authors). */
  ofItems(kind: TranslatedKind, ids: readonly number[]): Promise<TermTranslation[]>;
  /** The item of a kind whose translated slug in `language` is `slug`. */
  findBySlug(kind: TranslatedKind, language: string, slug: string): Promise<TermTranslation | null>;
  /** Replaces every translation of one item with `rows`. */
  replace(kind: TranslatedKind, itemId: number, rows: readonly TermTranslation[]): Promise<void>;
  /** Every translation (export). */
  all(): Promise<TermTranslation[]>;
}
