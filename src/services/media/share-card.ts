import { notFound } from '../../domain/errors.js';
import { cardVersion, keptCardName, shareCardSvg, type ShareCardText } from '../../domain/share-card.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome } from '../reader/chrome.js';
import type { ImageProcessor, MediaFiles, MediaTools } from './ports.js';

/** A share card found: its version (the ETag) and its PNG, drawn on first asking. */
export interface ShareCard {
  version: string;
  png(): Promise<Buffer>;
}

/** How many drawn cards a process keeps (≈42 KB each): the most recently asked for. */
const KEPT_CARDS = 200;

/** Drawn cards by version, least recently used first (one per site opened); a changed title is a new version. */
export type DrawnCards = Map<string, Promise<Buffer>>;

function keep(drawn: DrawnCards, version: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  const held = drawn.get(version);
  if (held) {
    drawn.delete(version);
    drawn.set(version, held);
    return held;
  }
  const png = draw();
  drawn.set(version, png);
  png.catch(() => drawn.delete(version));
  while (drawn.size > KEPT_CARDS) drawn.delete(drawn.keys().next().value!);
  return png;
}

export function cardOf(tools: MediaTools, drawn: DrawnCards, text: ShareCardText): ShareCard {
  const version = cardVersion(text);
  return { version, png: () => keep(drawn, version, () => drawOrReuse(tools.images, tools.files, shareCardSvg(text))) };
}

/**
 * A card's PNG: the one kept in the media folder when this drawing was made before (by the
 * live site or an export), else drawn now and kept. Drawing takes ≈12 ms of CPU; reading, none.
 * A card that cannot be kept (read-only folder) is still served.
 */
async function drawOrReuse(images: ImageProcessor, files: MediaFiles, svg: string): Promise<Buffer> {
  const name = keptCardName(svg);
  const kept = await files.read(name);
  if (kept) return kept;
  const png = await images.svgToPng(svg);
  await files.write(name, png).catch(() => undefined);
  return png;
}

/**
 * The card of a published article by slug (`null`: the site's own card). `NotFound` for
 * drafts, scheduled and unknown articles, as their pages are.
 */
export async function shareCard(store: Store, clock: Clock, tools: MediaTools, drawn: DrawnCards, slug: string | null): Promise<ShareCard> {
  const now = clock().toISOString();
  const chrome = await loadChrome(store.repos, now);
  const siteName = chrome.settings.title;
  if (slug === null) return cardOf(tools, drawn, { title: chrome.settings.description || siteName, siteName, updatedAt: null });
  const found = await store.repos.articles.findForReader(slug, now);
  if (!found) throw notFound(`There is no published article "${slug}".`);
  return cardOf(tools, drawn, { title: found.article.title, siteName, updatedAt: found.article.updatedAt });
}
