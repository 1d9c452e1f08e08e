import type { WxrItem } from './wxr-types.js';

/** A WordPress attachment: where its file sits under the uploads folder, and its alt text. */
export interface MappedAttachment {
  externalId: string;
  /** Path relative to wp-content/uploads, such as "2013/03/image.jpg". */
  relativePath: string;
  filename: string;
  alt: string;
  url: string;
}

/**
 * Maps an attachment item. Its file is found by the `_wp_attached_file` meta, or by the
 * part of its URL after `/uploads/` (self-hosted) or after the host (WordPress.com).
 */
export function mapWxrAttachment(item: WxrItem): MappedAttachment | null {
  const url = item.attachmentUrl || item.guid;
  let relativePath = item.meta['_wp_attached_file']?.trim() ?? '';
  if (!relativePath && url) {
    try {
      const path = decodeURIComponent(new URL(url).pathname);
      const at = path.indexOf('/uploads/');
      relativePath = (at >= 0 ? path.slice(at + '/uploads/'.length) : path).replace(/^\/+/, '');
    } catch {
      return null;
    }
  }
  if (!relativePath || relativePath.split('/').includes('..')) return null;
  return {
    externalId: item.postId,
    relativePath,
    filename: relativePath.split('/').pop() ?? relativePath,
    alt: (item.meta['_wp_attachment_image_alt'] ?? '').trim(),
    url,
  };
}
