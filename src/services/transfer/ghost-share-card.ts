import type { ShareCard } from '../../domain/editorial.js';
import type { MediaTools } from '../media/ports.js';
import type { Clock, Repositories } from '../ports.js';
import { resolveGhostImage, type ReadGhostContent } from './ghost-media.js';
import type { ImportTally } from './import-summary.js';

/**
 * A Ghost post's own Open Graph and Twitter card as stored: its images imported as media
 * from the content folder (their local address), kept at an absolute address, or dropped
 * with a warning when they lead nowhere (`lossy`).
 */
export async function ghostShareCard(
  repos: Repositories,
  clock: Clock,
  card: ShareCard,
  readContent: ReadGhostContent | undefined,
  media: MediaTools | undefined,
  where: string,
  summary: ImportTally,
  warnings: string[],
): Promise<{ card: ShareCard; lossy: boolean }> {
  let lossy = false;
  const image = async (url: string | null, what: string, alt: string): Promise<string | null> => {
    if (!url) return null;
    const found = await resolveGhostImage(repos, clock, url, alt, readContent, media, where, summary, what);
    if ('dropped' in found) {
      warnings.push(`its ${what} (${url}) was not kept: ${found.dropped}`);
      lossy = true;
    }
    return found.url;
  };
  const ogImage = await image(card.ogImage, 'Open Graph image', card.ogTitle ?? '');
  // The same address twice (Ghost often repeats it) is imported once.
  const twitterImage = card.twitterImage === card.ogImage ? ogImage : await image(card.twitterImage, 'Twitter image', card.twitterTitle ?? '');
  return { card: { ...card, ogImage, twitterImage }, lossy };
}
