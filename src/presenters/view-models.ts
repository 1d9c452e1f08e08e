/** Shapes views receive: plain data, already formatted, never database rows. */
import type { CommentsSectionView } from './comment-view-models.js';

export interface LinkView {
  href: string;
  label: string;
}

export interface DateView {
  readonly iso: string;
  readonly label: string;
}

/** What surrounds every page. */
export interface ChromeView {
  siteTitle: string;
  siteDescription: string;
  /** The page's language tag, as `<html lang>` says it (fa, ar, en-GB). */
  language: string;
  /** The page's locale for interface strings, dates and numbers: the language with the site's -u- extensions (fa-u-ca-persian). */
  locale: string;
  /** `<html dir>`: rtl for Arabic, Persian, Hebrew, Urdu… */
  dir: 'ltr' | 'rtl';
  /** The header menu: the owner's, or the first few top-level sections. */
  nav: MenuLinkView[];
  /** The footer menu: the owner's, or the standalone pages. */
  footerLinks: MenuLinkView[];
  /** The owner's footer line; null shows the site description and "Published with Dossier". */
  footerText: string | null;
  /** The logo shown in place of the title text, when set. */
  logoUrl: string | null;
  /** The logo's pixel size when known, so the header does not shift as it loads. */
  logoSize: { width: number; height: number } | null;
  /** The theme the site chose (folder name under the themes folder, or 'default'). */
  theme: string;
  /** The stylesheet carrying the site's accent colour and custom CSS, when it has any. */
  themeHref: string | null;
}

/** A menu link, with the links nested under it (one level). */
export interface MenuLinkView extends LinkView {
  children: LinkView[];
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
  /** Feed autodiscovery links (the site's, then the page's own). */
  feeds: FeedLinkView[];
  /** OpenGraph and Twitter card fields. */
  social: SocialView;
  /** `<link rel="alternate" hreflang>`: the page in each language, then `x-default`; empty without translations. */
  alternates: HreflangView[];
  /** The language switcher: the page (or the home) in each other language; empty on a one-language site. */
  languageSwitcher: LanguageLinkView[];
}

/** One `<link rel="alternate" hreflang>` (absolute href). */
export interface HreflangView {
  hreflang: string;
  href: string;
}

/** A link of the language switcher, labelled in its own language. */
export interface LanguageLinkView extends LinkView {
  language: string;
  /** False when it leads to that language's home (the page has no translation in it). */
  translated: boolean;
}

/** A `<link rel="alternate">` to a feed. */
export interface FeedLinkView {
  href: string;
  type: string;
  title: string;
}

/** What OpenGraph and Twitter card tags say about a page. */
export interface SocialView {
  type: 'website' | 'article' | 'profile';
  siteName: string;
  locale: string;
  /** The share picture (absolute URL): the featured image, else a generated card. */
  image: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageAlt: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  section: string | null;
  tags: string[];
  /** Fediverse handles (`@user@host`) of an article's authors, for `fediverse:creator`. */
  fediverseCreators?: string[];
  /** An article's own Open Graph and Twitter card text and Twitter image (absolute), used instead of the page's when set. */
  ogTitle?: string | null;
  ogDescription?: string | null;
  twitterTitle?: string | null;
  twitterDescription?: string | null;
  twitterImage?: string | null;
}

/** Text with the parts that matched a search marked. */
export type MarkedTextView = Array<{ text: string; mark: boolean }>;

/** A decorative placeholder picture: the section's initial on one of six colours. */
export interface ThumbView {
  initial: string;
  tone: number;
  /** A featured image, once articles have them. */
  image: string | null;
}

/** An article in "You may also like". */
export interface RelatedCardView {
  title: string;
  href: string;
  published: DateView | null;
  section: LinkView | null;
  thumb: ThumbView;
}

/** One search result. */
export interface SearchResultView {
  href: string;
  title: MarkedTextView;
  snippet: MarkedTextView;
  published: DateView | null;
  section: LinkView | null;
  authors: LinkView[];
}

/** A choice in a filter. */
export interface OptionView {
  value: string;
  label: string;
  selected: boolean;
}

/** The search page: form with filters, a summary line, results, pagination. */
export interface SearchPageView {
  chrome: ChromeView;
  head: HeadView;
  form: {
    q: string;
    from: string;
    to: string;
    sections: OptionView[];
    authors: OptionView[];
    tags: OptionView[];
  };
  summary: string | null;
  results: SearchResultView[];
  pagination: PaginationView;
  /** On a static copy: the script that searches in the browser and the index it reads. */
  clientSearch?: { script: string; index: string } | null;
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
  /** The featured image, drawn at the card's width. */
  image: PictureView | null;
}

/** A block of the front page: a section's newest articles under its name. */
export interface HomeBlockView {
  heading: LinkView;
  cards: CardView[];
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
  /** The page's language (BCP 47), for `<html lang>`. */
  language: string;
  breadcrumbs: LinkView[];
  heading: string;
  intro: string | null;
  subsections: LinkView[];
  cards: CardView[];
  /** The first card is the lead story, drawn large (the front page's first page). */
  lead: boolean;
  /** Per-section blocks under the latest articles (the front page's first page). */
  blocks: HomeBlockView[];
  pagination: PaginationView;
  emptyMessage: string;
  /** An author's avatar (alt: the author's name), from the media library or kept at its address. */
  image?: PictureView | null;
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
  /** The article's language (BCP 47), for `<html lang>`. */
  language: string;
  idPrefix: string;
  breadcrumbs: LinkView[];
  title: string;
  /** The article type's label ("Opinion"), shown above the title; null for none. */
  typeLabel?: string | null;
  dek: string | null;
  published: DateView | null;
  updated: DateView | null;
  authors: LinkView[];
  tags: LinkView[];
  bodyHtml: string;
  notes: NoteView[];
  /** "14 sources · links checked … · 1 dead, archived copy shown", null without notes. */
  sourcesLine: string | null;
  /** The article's references as CSL-JSON, BibTeX and RIS downloads. */
  referenceDownloads: LinkView[];
  related: RelatedCardView[];
  comments: CommentsSectionView;
  featured: PictureView | null;
  /** Shown under the featured image; null for none. */
  featuredCaption?: string | null;
  /** Small pictures of the authors that have one, before the byline (alt: the author's name). */
  bylineAvatars?: PictureView[];
  corrections: CorrectionNoticeView[];
  /** Reading time, table of contents and badges (see reading-aids-presenter). */
  aids: ReadingAidsView;
}

/** "6 min read", the table of contents of a long article, "Updated" and "Correction" badges. */
export interface ReadingAidsView {
  readingTime: string;
  /** h2/h3 headings of the body, empty below three. */
  toc: Array<{ id: string; level: 2 | 3; text: string }>;
  /** "Updated" when the article changed after publication; links to the notices when there are update notices. */
  updated: { label: string; href: string | null } | null;
  /** "Correction" when the article has corrections, linking to the notices. */
  correction: { label: string; href: string } | null;
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
