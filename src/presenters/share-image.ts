import { absoluteUrl } from '../domain/permalinks.js';
import { articleCardPath, CARD_HEIGHT, CARD_WIDTH, cardVersion, SITE_CARD_PATH, type ShareCardText } from '../domain/share-card.js';
import type { PictureView, SocialView } from './view-models.js';

type ShareImage = Pick<SocialView, 'image' | 'imageWidth' | 'imageHeight' | 'imageAlt'>;

const card = (siteUrl: string, path: string, text: ShareCardText, alt: string): ShareImage => ({
  image: `${absoluteUrl(siteUrl, path)}?v=${cardVersion(text)}`,
  imageWidth: CARD_WIDTH,
  imageHeight: CARD_HEIGHT,
  imageAlt: alt,
});

/** The site's generated card (home, section, tag and author pages); it names the version it shows. */
export function siteCard(siteUrl: string, siteName: string, description: string): ShareImage {
  return card(siteUrl, SITE_CARD_PATH, { title: description || siteName, siteName, updatedAt: null }, siteName);
}

/** An article's share picture: its featured image (largest plain size), else its generated card. */
export function articleShareImage(
  siteUrl: string,
  article: { slug: string; title: string; updatedAt: string },
  siteName: string,
  featured: PictureView | null,
): ShareImage {
  if (featured) {
    return { image: absoluteUrl(siteUrl, featured.src), imageWidth: featured.width || null, imageHeight: featured.height || null, imageAlt: featured.alt || null };
  }
  return card(siteUrl, articleCardPath(article.slug), { title: article.title, siteName, updatedAt: article.updatedAt }, article.title);
}
