// The generated share card: the picture a link preview shows of an article (or the site)
// that has no featured image. Pure: the SVG text and the version; rendering is sharp's.

/** Card size: what Facebook, LinkedIn and X show large (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The site's own card (home, section, tag and author pages). */
export const SITE_CARD_PATH = '/_card/site.png';

/** Where the card of the article with this slug is served. */
export const articleCardPath = (slug: string): string => `/_card/articles/${encodeURIComponent(slug)}.png`;

/** What a card shows, and what its version is computed from. */
export interface ShareCardText {
  title: string;
  siteName: string;
  /** When what it shows last changed (the article's update time), if known. */
  updatedAt: string | null;
}

const TITLE_CHARS_PER_LINE = 24;
const TITLE_MAX_LINES = 5;

/** A short, stable hash of the card's text and update time: its ETag and `?v=` in shared URLs. */
export function cardVersion(card: ShareCardText): string {
  // FNV-1a, 32-bit, twice with different seeds: no crypto needed, only change detection.
  const text = `${card.updatedAt ?? ''}\u0000${card.title}\u0000${card.siteName}`;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(36) + b.toString(36);
}

/**
 * The title in lines of at most `width` characters: words kept whole where they fit, a
 * word longer than a line broken across lines, and an ellipsis when it runs past `maxLines`.
 */
export function wrapTitle(title: string, width = TITLE_CHARS_PER_LINE, maxLines = TITLE_MAX_LINES): string[] {
  const words = title.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    let rest = [...word];
    while (rest.length > 0) {
      const room = line ? width - [...line].length - 1 : width;
      if (rest.length <= room) {
        line = line ? `${line} ${rest.join('')}` : rest.join('');
        rest = [];
      } else if (line && rest.length <= width) {
        lines.push(line);
        line = '';
      } else {
        // Too long for any line: fill what is left of this one and carry on.
        const take = Math.max(room, 1);
        line = line ? `${line} ${rest.slice(0, take).join('')}` : rest.slice(0, take).join('');
        rest = rest.slice(take);
        lines.push(line);
        line = '';
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = [...kept[maxLines - 1]!].slice(0, width - 1).join('') + '…';
  return kept;
}

/** Text made safe inside SVG (XML) element content and attributes; control characters dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The SVG of a card: the title large, the site name below a rule, on a dark ground. */
export function shareCardSvg(card: ShareCardText): string {
  const lines = wrapTitle(card.title || card.siteName);
  const fontSize = lines.length <= 3 ? 68 : 56;
  const lineHeight = Math.round(fontSize * 1.2);
  const top = 96 + fontSize;
  const tspans = lines.map((l, i) => `<tspan x="80" y="${top + i * lineHeight}">${escapeXml(l)}</tspan>`).join('');
  const site = escapeXml([...card.siteName].slice(0, 60).join(''));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`
    + `<rect width="100%" height="100%" fill="#1d2733"/>`
    + `<rect x="80" y="64" width="120" height="8" fill="#e8a33d"/>`
    + `<text font-family="DejaVu Serif, Liberation Serif, serif" font-weight="bold" font-size="${fontSize}" fill="#ffffff">${tspans}</text>`
    + `<rect x="80" y="${CARD_HEIGHT - 112}" width="${CARD_WIDTH - 160}" height="2" fill="#4a5a6b"/>`
    + `<text x="80" y="${CARD_HEIGHT - 60}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="34" fill="#d7dee6">${site}</text>`
    + `</svg>`;
}
