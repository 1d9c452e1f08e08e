/** Shapes views receive: plain data, already formatted, never database rows. */

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
  /** An author's avatar (decorative: the name is the heading beside it). */
  image?: PictureView | null;
}

/** One note with links back to each place that cites it. */
export interface NoteView {
  id: string;
  number: number;
  html: string;
  backlinks: Array<{ href: string; text: string; label: string }>;
}

/** A responsive image: modern formats first, the original format as fallback. */
export interface PictureView {
  sources: Array<{ type: string; srcset: string }>;
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
  alt: string;
}

/** A public correction or update under an article's title. */
export interface CorrectionNoticeView {
  label: string;
  date: DateView;
  text: string;
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
  featured: PictureView | null;
  corrections: CorrectionNoticeView[];
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
