import type { UserActor } from '../../policies/policy.js';
import type { Clock, Store } from '../ports.js';
import type { MediaTools } from './ports.js';
import type { ShareCardText } from '../../domain/share-card.js';
import { cardOf, shareCard, type DrawnCards } from './share-card.js';
import { mediaImageSize, openMediaFile, setMediaAlt, uploadMedia, type UploadInput } from './upload-media.js';

/** Uploaded images, bound to one store, clock, image processor and media folder. */
export function createMediaServices(store: Store, clock: Clock, deps: MediaTools) {
  const drawn: DrawnCards = new Map();
  return {
    upload: (input: UploadInput) => uploadMedia(store, clock, deps.images, deps.files, input),
    setAlt: (actor: UserActor, id: number, alt: string) => setMediaAlt(store, actor, id, alt),
    list: (limit = 60, offset = 0) => store.repos.media.list(limit, offset),
    file: (name: string) => openMediaFile(deps.files, name),
    /** The pixel size of the uploaded image at a `/media/…` address, or null. */
    imageSize: (url: string) => mediaImageSize(store, url),
    /** The generated share card of a published article (by slug), or of the site (`null`). */
    shareCard: (slug: string | null) => shareCard(store, clock, deps, drawn, slug),
    /** The card of what an article page already loaded shows (a static copy): no look-up. */
    cardOf: (text: ShareCardText) => cardOf(deps, drawn, text),
  };
}

/** The media services. */
export type MediaServices = ReturnType<typeof createMediaServices>;
