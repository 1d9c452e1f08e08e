/** An attachment of the export, as shortcodes and blocks refer to it. */
export interface WxrAttachmentRef {
  url: string;
  alt: string;
  caption: string;
  /** The post it was uploaded to ('0' for none). */
  parent: string;
}

/** What converting shortcodes and blocks found besides the HTML. */
export interface ContentFindings {
  /** Things kept as text or dropped, each once: "the [contact-form] shortcode was kept as text". */
  warnings: string[];
}

/** The attachments known so far, by id, for `[gallery]`. */
export type AttachmentLookup = {
  byId(id: string): WxrAttachmentRef | undefined;
  ofPost(postId: string): WxrAttachmentRef[];
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A shortcode's attributes: `a="x" b='y' c=z`, and bare values (`[audio URL]`) as `0`, `1`… */
export function shortcodeAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let bare = 0;
  for (const m of text.matchAll(/([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|(\S+)/g)) {
    if (m[1]) out[m[1].toLowerCase()] = m[2]!;
    else if (m[3]) out[m[3].toLowerCase()] = m[4]!;
    else if (m[5]) out[m[5].toLowerCase()] = m[6]!;
    else out[String(bare++)] = m[7] ?? m[8]!;
  }
  return out;
}

const IMAGE = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i;

function caption(attributes: string, inner: string): string {
  const attrs = shortcodeAttributes(attributes);
  const image = IMAGE.exec(inner)?.[0] ?? '';
  // The caption attribute (older WordPress) or the text after the image (newer); never both.
  const text = attrs['caption'] ?? inner.replace(image, '').trim();
  return `<figure>${image}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

function media(tag: 'audio' | 'video', attributes: string, findings: ContentFindings): string {
  const attrs = shortcodeAttributes(attributes);
  const src = attrs['src'] ?? attrs['mp3'] ?? attrs['m4a'] ?? attrs['ogg'] ?? attrs['wav'] ?? attrs['mp4'] ?? attrs['m4v'] ?? attrs['webm'] ?? attrs['ogv'] ?? attrs['flv'] ?? attrs['0'] ?? '';
  if (!/^https?:\/\//.test(src)) {
    findings.warnings.push(`an [${tag}] shortcode without a file address was dropped`);
    return '';
  }
  return `<${tag} src="${escapeHtml(src)}"${attrs['poster'] ? ` poster="${escapeHtml(attrs['poster'])}"` : ''}></${tag}>`;
}

function gallery(attributes: string, postId: string, attachments: AttachmentLookup | undefined, findings: ContentFindings): string {
  const attrs = shortcodeAttributes(attributes);
  const ids = (attrs['ids'] ?? attrs['include'] ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  const found = ids.length > 0 ? ids.map((id) => attachments?.byId(id)) : (attachments?.ofPost(attrs['id'] ?? postId) ?? []);
  const images = found.filter((a) => a !== undefined);
  const missing = ids.length > 0 ? ids.length - images.length : 0;
  if (images.length === 0) {
    findings.warnings.push(ids.length > 0
      ? `a [gallery] of ${ids.length} images whose attachments are not in the file (or come after the post) was dropped`
      : 'a [gallery] of the images attached to the post was dropped: the file lists no attachment of this post before it');
    return '';
  }
  if (missing > 0) findings.warnings.push(`a [gallery] lost ${missing} of its ${ids.length} images: their attachments are not in the file (or come after the post)`);
  const figures = images.map((a) => `<figure><img src="${escapeHtml(a.url)}" alt="${escapeHtml(a.alt)}">${a.caption ? `<figcaption>${escapeHtml(a.caption)}</figcaption>` : ''}</figure>`);
  return `<div class="gallery">${figures.join('')}</div>`;
}

/** Shortcodes Dossier has no equivalent for, which stay as text: reported, never silently. */
const SHORTCODE = /\[(\/?)([a-z][\w-]*)((?:\s+[^\]]*)?)\]/gi;
const KNOWN_NOT_SHORTCODES = /^\d+$/;

/**
 * Converts WordPress's common shortcodes to HTML: `[caption]` (caption given as attribute or
 * as text after the image: either way once) into a figure, `[gallery]` into its images,
 * `[embed]` into a link, `[audio]` and `[video]` into players (links to their files once in
 * Markdown). Other shortcodes stay as text and are named in `findings`.
 */
export function convertShortcodes(content: string, postId: string, attachments: AttachmentLookup | undefined, findings: ContentFindings): string {
  const html = content
    .replace(/\[(caption|wp_caption)\b([^\]]*)\]([\s\S]*?)\[\/\1\]/gi, (_all, _name, attrs: string, inner: string) => caption(attrs, inner))
    .replace(/\[embed\b[^\]]*\]\s*(https?:\/\/[^\s[]+)\s*\[\/embed\]/gi, '<p><a href="$1">$1</a></p>')
    .replace(/\[(audio|video)\b([^\]]*)\](?:[\s\S]*?\[\/\1\])?/gi, (_all, tag: string, attrs: string) => media(tag.toLowerCase() as 'audio' | 'video', attrs, findings))
    .replace(/\[gallery\b([^\]]*)\]/gi, (_all, attrs: string) => gallery(attrs, postId, attachments, findings));
  const seen = new Set<string>();
  for (const m of html.matchAll(SHORTCODE)) {
    const name = m[2]!.toLowerCase();
    if (m[1] || KNOWN_NOT_SHORTCODES.test(name) || seen.has(name)) continue;
    // A word in brackets is only a shortcode when it has attributes or a closing tag.
    if (!/=/.test(m[3] ?? '') && !html.includes(`[/${m[2]}]`)) continue;
    seen.add(name);
    findings.warnings.push(`the [${name}] shortcode has no Dossier equivalent and was kept as text`);
  }
  return html;
}

/** Blocks that are only markers, or whose content the import handles elsewhere. */
const QUIET_BLOCKS = new Set(['more', 'nextpage', 'spacer', 'footnotes', 'separator']);

/**
 * Names the dynamic blocks of a post (self-closing `<!-- wp:latest-posts /-->` and the like):
 * WordPress draws them when showing the page, so the export holds nothing to import.
 */
export function dynamicBlocks(content: string, findings: ContentFindings): void {
  const names = new Set<string>();
  for (const m of content.matchAll(/<!--\s*wp:([a-z0-9/-]+)(?:\s+\{[\s\S]*?\})?\s*\/-->/g)) {
    if (!QUIET_BLOCKS.has(m[1]!)) names.add(m[1]!);
  }
  if (names.size > 0) findings.warnings.push(`dynamic block${names.size === 1 ? '' : 's'} ${[...names].map((n) => `wp:${n}`).join(', ')} (drawn by WordPress, with no content in the export) left out`);
}
