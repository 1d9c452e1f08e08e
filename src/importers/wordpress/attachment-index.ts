import { mapWxrAttachment } from './map-attachment.js';
import type { AttachmentLookup, WxrAttachmentRef } from './shortcodes.js';
import type { WxrItem } from './wxr-types.js';

/**
 * The attachments of an export read so far (address, alt text, caption, parent post), for
 * the galleries of the posts after them. Small: no file content, one entry an attachment.
 */
export function attachmentIndex(): AttachmentLookup & { add(item: WxrItem): void } {
  const byId = new Map<string, WxrAttachmentRef>();
  const byParent = new Map<string, WxrAttachmentRef[]>();
  return {
    add(item) {
      const mapped = mapWxrAttachment(item);
      const url = mapped?.url || item.attachmentUrl || item.guid;
      if (!/^https?:\/\//.test(url)) return;
      const ref = { url, alt: mapped?.alt ?? '', caption: item.excerpt.replace(/<[^>]+>/g, '').trim(), parent: item.postParent };
      byId.set(item.postId, ref);
      if (item.postParent && item.postParent !== '0') byParent.set(item.postParent, [...(byParent.get(item.postParent) ?? []), ref]);
    },
    byId: (id) => byId.get(id),
    ofPost: (postId) => byParent.get(postId) ?? [],
  };
}
