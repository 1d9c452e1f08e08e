import type { ArticleType } from './article-type.js';
import { invalid, m } from './errors.js';

/** What the admin keeps about an article beyond what readers see. */
export interface ArticleEditorial {
  /** Incremented on every save; a save that names an older version is refused. */
  version: number;
  featuredMediaId: number | null;
  featuredAlt: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  /** The account that created the article ("own" work for authors and contributors). */
  ownerUserId: number | null;
  /** The account that saved it last. */
  updatedBy: number | null;
  lintErrors: number;
  lintWarnings: number;
  /** The genre chosen in the editor (migration 015); null for none. */
  articleType?: ArticleType | null;
  /** Shown under the featured image (migration 017); null for none. */
  featuredCaption?: string | null;
  /** The article's own share card; each null field falls back to the SEO fields or the featured image. */
  shareCard?: ShareCard;
}

/** An article's own Open Graph and Twitter card fields (Ghost's names, camel-cased); null: not set. */
export interface ShareCard {
  ogTitle: string | null;
  ogDescription: string | null;
  ogImage: string | null;
  twitterTitle: string | null;
  twitterDescription: string | null;
  twitterImage: string | null;
}

/** The fields of a share card, in a fixed order (forms, exports, API shapes). */
export const SHARE_CARD_FIELDS = ['ogTitle', 'ogDescription', 'ogImage', 'twitterTitle', 'twitterDescription', 'twitterImage'] as const satisfies ReadonlyArray<keyof ShareCard>;

/** An image address a share card may hold: absolute http(s), or a file of the media library (`/media/…`). */
export function isShareImageAddress(value: string): boolean {
  return /^https?:\/\/[^\s/]+\S*$/i.test(value) || /^\/media\/[^\s/]+$/.test(value);
}

/** A share card from form text: trimmed, blanks as null; an image address that is not one is refused, naming its field. */
export function shareCardFrom(input: Partial<Record<(typeof SHARE_CARD_FIELDS)[number], string>>, current: ShareCard = EMPTY_SHARE_CARD): ShareCard {
  const card = { ...current };
  for (const field of SHARE_CARD_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    card[field] = value.trim() || null;
  }
  for (const field of ['ogImage', 'twitterImage'] as const) {
    const value = card[field];
    if (value !== null && input[field] !== undefined && !isShareImageAddress(value)) throw invalid(m`Give the image as an address starting with https:// (or a /media/ file).`, field);
  }
  return card;
}

/** A share card with nothing set. */
export const EMPTY_SHARE_CARD: ShareCard = { ogTitle: null, ogDescription: null, ogImage: null, twitterTitle: null, twitterDescription: null, twitterImage: null };

/** The fields of an article a revision keeps besides title and body. */
export interface RevisionFields {
  slug: string;
  dek: string | null;
  status: string;
  publishedAt: string | null;
  sectionSlug: string | null;
  authorSlugs: string[];
  tagSlugs: string[];
  featuredMediaId: number | null;
  featuredAlt: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
}

/** One saved state of an article. */
export interface Revision {
  id: number;
  articleId: number;
  version: number;
  /** Autosaves of published articles are kept apart from what readers see. */
  autosave: boolean;
  title: string;
  bodyMarkdown: string;
  fields: RevisionFields;
  userId: number | null;
  userName: string | null;
  createdAt: string;
}

/** A dated public correction or update appended to an article. */
export interface Correction {
  id: number;
  articleId: number;
  kind: 'correction' | 'update';
  text: string;
  /** ISO time the correction is dated. */
  date: string;
  userId: number | null;
  createdAt: string;
}
