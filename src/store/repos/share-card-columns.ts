import { sql, type Kysely } from 'kysely';
import { EMPTY_SHARE_CARD, type ShareCard } from '../../domain/editorial.js';
import type { DB } from '../schema.js';

/** An author's media avatar file, by the media's primary key (the Content API's profile_image); null when none. */
export const avatarFile = (db: Kysely<DB>) =>
  db.selectFrom('media').select('media.stored_name').where('media.id', '=', sql<number>`${sql.ref('authors.avatar_media_id')}`).limit(1).as('avatar_file');

/** The articles' share-card columns (migration 017), in the order of SHARE_CARD_FIELDS. */
export const SHARE_CARD_COLUMNS = ['og_title', 'og_description', 'og_image', 'twitter_title', 'twitter_description', 'twitter_image'] as const;
type ShareCardRow = Record<(typeof SHARE_CARD_COLUMNS)[number], string | null>;

/** A row's share card. */
export function toShareCard(row: ShareCardRow): ShareCard {
  return {
    ogTitle: row.og_title, ogDescription: row.og_description, ogImage: row.og_image,
    twitterTitle: row.twitter_title, twitterDescription: row.twitter_description, twitterImage: row.twitter_image,
  };
}

/** The columns a share card is written to. */
export function shareCardRow(card: ShareCard): ShareCardRow {
  const c = { ...EMPTY_SHARE_CARD, ...card };
  return {
    og_title: c.ogTitle, og_description: c.ogDescription, og_image: c.ogImage,
    twitter_title: c.twitterTitle, twitter_description: c.twitterDescription, twitter_image: c.twitterImage,
  };
}
