/** Shapes views receive: plain data, already formatted, never database rows. */
import type { CommentsSectionView } from './comment-view-models.js';

export interface LinkView {
  href: string;
  label: string;
}

export interface DateView {
  iso: string;
  label: string;
}

/** What surrounds every page. */
export interface ChromeView {
  siteTitle: string;
  siteDescription: string;
  language: string;
  nav: LinkView[];
  footerLinks: LinkView[];
}

/** The `<head>` of a page. */
export interface HeadView {
  title: string;
  description: string;
  canonical: string;
  /** Serialised JSON-LD documents, already safe to embed. */
  jsonLd: string[];
  prev: string | null;
  next: string | null;
  noindex: boolean;
}

/** An article in a list. */
export interface CardView {
  title: string;
  href: string;
  dek: string | null;
  excerpt: string;
  published: DateView | null;
  section: LinkView | null;
  authors: LinkView[];
  /** "3 comments", linking to them; null when there are none. */
  comments: LinkView | null;
}

export interface PaginationView {
  page: number;
  pageCount: number;
  prev: string | null;
  next: string | null;
}

/** Home, section, tag and author pages. */
export interface ListPageView {
  chrome: ChromeView;
  head: HeadView;
  breadcrumbs: LinkView[];
  heading: string;
  intro: string | null;
  subsections: LinkView[];
  cards: CardView[];
  pagination: PaginationView;
  emptyMessage: string;
}

/** One note with links back to each place that cites it. */
export interface NoteView {
  id: string;
  number: number;
  html: string;
  backlinks: Array<{ href: string; text: string; label: string }>;
  /** Set when the note's link is dead (or a soft-404): its archived copy, when one is known. */
  deadLink?: { archive: { href: string; date: DateView | null } | null };
}

export interface ArticlePageView {
  chrome: ChromeView;
  head: HeadView;
  idPrefix: string;
  breadcrumbs: LinkView[];
  title: string;
  dek: string | null;
  published: DateView | null;
  updated: DateView | null;
  authors: LinkView[];
  tags: LinkView[];
  bodyHtml: string;
  notes: NoteView[];
  related: CardView[];
  comments: CommentsSectionView;
}

export interface StandalonePageView {
  chrome: ChromeView;
  head: HeadView;
  title: string;
  bodyHtml: string;
}

export interface MessagePageView {
  chrome: ChromeView;
  head: HeadView;
  title: string;
  message: string;
}
