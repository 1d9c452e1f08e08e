import type { ShareCard } from '../domain/editorial.js';
import { absoluteUrl } from '../domain/permalinks.js';
import type { SocialView } from './view-models.js';

type ShareImage = Pick<SocialView, 'image' | 'imageWidth' | 'imageHeight' | 'imageAlt'>;
// An image kept at another site's address stays there; a local one (/media/…) is made absolute.
const imageUrl = (siteUrl: string, url: string): string => (/^https?:\/\//i.test(url) ? url : absoluteUrl(siteUrl, url));
const set = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

/**
 * The share tags an article's own card changes: its Open Graph image replaces the featured
 * image (its size and alt text then unknown), its titles and descriptions the page's; Twitter
 * falls back to the Open Graph ones, as Twitter itself does.
 */
export function shareCardSocial(siteUrl: string, card: ShareCard | undefined, share: ShareImage): Partial<SocialView> {
  if (!card) return share;
  const ogImage = set(card.ogImage);
  const image: ShareImage = ogImage ? { image: imageUrl(siteUrl, ogImage), imageWidth: null, imageHeight: null, imageAlt: null } : share;
  const twitterImage = set(card.twitterImage);
  return {
    ...image,
    ogTitle: set(card.ogTitle),
    ogDescription: set(card.ogDescription),
    twitterTitle: set(card.twitterTitle) ?? set(card.ogTitle),
    twitterDescription: set(card.twitterDescription) ?? set(card.ogDescription),
    twitterImage: twitterImage ? imageUrl(siteUrl, twitterImage) : null,
  };
}
