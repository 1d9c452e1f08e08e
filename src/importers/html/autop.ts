const BLOCK = /<\/?(?:p|div|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|blockquote|pre|figure|figcaption|hr|section|article|aside|dl|dt|dd|address|iframe|form|details|summary)[\s>/]/i;

/**
 * WordPress's classic editor stores paragraphs as blank lines, not `<p>` (its wpautop adds
 * them when showing a post): wrap loose text chunks in `<p>` and single line breaks in
 * `<br>`, leaving chunks that are already block markup alone.
 */
export function autop(html: string): string {
  if (!html.includes('\n')) return /^\s*</.test(html) && BLOCK.test(html) ? html : `<p>${html}</p>`;
  return html
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK.test(chunk) && /^</.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n\n');
}
