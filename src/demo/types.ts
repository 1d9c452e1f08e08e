/** Shape of the bundled demo content; slugs cross-reference each other. */
export interface DemoSection {
  slug: string;
  name: string;
  description: string;
  /** Slug of the parent section, for nested sections. */
  parent?: string;
  /** Its name, slug and description in other languages, by language code. */
  translations?: Record<string, { name?: string; slug?: string; description?: string }>;
}

/** A demo author with a short original bio. */
export interface DemoAuthor {
  slug: string;
  name: string;
  bio: string;
  /** The bio in other languages, by language code. */
  translations?: Record<string, { bio: string }>;
}

/** A demo tag. */
export interface DemoTag {
  slug: string;
  name: string;
  /** Its name and slug in other languages, by language code. */
  translations?: Record<string, { name?: string; slug?: string }>;
}

/** A demo article; `body` is Markdown with GFM footnotes (`[^label]`). */
export interface DemoArticle {
  slug: string;
  title: string;
  dek?: string;
  /** Section slug. */
  section: string;
  /** Author slugs, in byline order. */
  authors: string[];
  /** Tag slugs. */
  tags: string[];
  /** ISO 8601 UTC timestamp. */
  publishedAt: string;
  /** ISO 8601 UTC timestamp, when the article was revised after publication. */
  updatedAt?: string;
  status?: 'published' | 'draft' | 'scheduled';
  body: string;
  /** Its language when not the site's (BCP 47). */
  language?: string;
  /** Slug of the demo article it translates (linked as translations). */
  translationOf?: string;
  /** Its featured image, drawn in code. */
  image?: DemoImage;
}

/** A demo picture: an SVG document (made into a JPEG and its sizes at seed time) and its alt text. */
export interface DemoImage {
  svg: string;
  alt: string;
}

/** A standalone page such as About or Contact (linked in the footer). */
export interface DemoPage {
  slug: string;
  title: string;
  body: string;
}

/** Everything the demo seeds. */
export interface DemoContent {
  sections: DemoSection[];
  authors: DemoAuthor[];
  tags: DemoTag[];
  articles: DemoArticle[];
  pages: DemoPage[];
  /** Languages the demo site publishes in besides its default (the `languages` setting). */
  languages?: string[];
  /** Whether the other languages live under `/{lang}/` (the `languagePrefixes` setting): their pages then show translated section and tag names. */
  languagePrefixes?: boolean;
}
