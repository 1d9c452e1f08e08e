/** A plain-text teaser of at most `max` characters, cut at a word boundary. */
export function makeExcerpt(plainText: string, max = 220): string {
  const text = plainText.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:.\-–—]+$/, '')}…`;
}
