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

/** A short, stable hash of the card's text and update time: its ETag and `?v=` in shared URLs. */
export function cardVersion(card: ShareCardText): string {
  return shortHash(`${card.updatedAt ?? ''}\u0000${card.title}\u0000${card.siteName}`);
}

/** FNV-1a, 32-bit, twice with different primes: no crypto needed, only change detection. */
function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(36) + b.toString(36);
}

/** Raised when the drawing changes in a way the SVG does not show (fonts, PNG settings): every kept card is drawn anew. */
const DRAWING_REVISION = 1;

/** The folder of the media folder where drawn cards are kept: derived pictures, drawn again when missing, so backups leave it out. */
export const KEPT_CARDS_FOLDER = 'cards';

/**
 * The name a drawn card is kept under in the media folder: a hash of its SVG, so an article
 * edited without a new title keeps its picture, and a retitled one gets a new file.
 */
export const keptCardName = (svg: string): string => `${KEPT_CARDS_FOLDER}/${shortHash(`${DRAWING_REVISION}\u0000${svg}`)}${svg.length.toString(36)}.png`;

/** The width text may take, in pixels, left and right of an 80 px margin. */
const TEXT_WIDTH = CARD_WIDTH - 160;

/** How wide a character is drawn, in ems of the card's bold serif (an over-estimate). */
function charEm(c: string): number {
  // Measured on DejaVu Serif Bold and rounded up, so a line never runs off the card.
  if (c === ' ') return 0.36;
  if (/[ilj.,:;!|'’‘`]/.test(c)) return 0.4;
  if (/[rtfI]/.test(c)) return 0.55;
  if (/[WMm—@%]/.test(c)) return 1.15;
  if (/[wHNOQDG]/.test(c)) return 0.95;
  if (/[A-Z]/.test(c)) return 0.86;
  if (/[a-z0-9]/.test(c)) return 0.73;
  // CJK and other wide scripts take a full em; other letters (accented…) as wide as most.
  return c.codePointAt(0)! >= 0x2e80 ? 1.05 : 0.8;
}
const emOf = (chars: string[]) => chars.reduce((sum, c) => sum + charEm(c), 0);

/**
 * The title in lines at most `width` ems wide: words kept whole where they fit, a word
 * longer than a line broken across lines, and an ellipsis when it runs past `maxLines`.
 */
export function wrapTitle(title: string, width: number, maxLines: number): string[] {
  const lines: string[][] = [];
  let line: string[] = [];
  for (const word of title.trim().split(/\s+/).filter(Boolean)) {
    const chars = [...word];
    const joined = line.length ? [...line, ' ', ...chars] : chars;
    if (emOf(joined) <= width) {
      line = joined;
      continue;
    }
    if (line.length && emOf(chars) <= width) {
      lines.push(line);
      line = chars;
      continue;
    }
    // Too long for any line: fill what is left of this one, then whole lines of it.
    let rest = line.length ? [' ', ...chars] : chars;
    while (rest.length) {
      let take = 0;
      while (take < rest.length && emOf([...line, ...rest.slice(0, take + 1)]) <= width) take++;
      if (take === 0 && line.length === 0) take = 1;
      line = [...line, ...rest.slice(0, take)];
      rest = rest.slice(take);
      if (rest.length) {
        lines.push(line);
        line = [];
        if (rest[0] === ' ') rest = rest.slice(1);
      }
    }
  }
  if (line.length) lines.push(line);
  const text = lines.map((l) => l.join('').trim()).filter(Boolean);
  if (text.length <= maxLines) return text;
  const last = [...text[maxLines - 1]!];
  while (last.length && emOf([...last, '…']) > width) last.pop();
  return [...text.slice(0, maxLines - 1), last.join('').trimEnd() + '…'];
}

/** The title's lines and font size: large when it fits in three lines, smaller up to five. */
export function titleLayout(title: string): { lines: string[]; fontSize: number } {
  const large = wrapTitle(title, TEXT_WIDTH / 68, 4);
  if (large.length <= 3) return { lines: large, fontSize: 68 };
  return { lines: wrapTitle(title, TEXT_WIDTH / 56, 5), fontSize: 56 };
}

/** Text made safe inside SVG (XML) element content and attributes; control characters dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The SVG of a card: the title large, the site name below a rule, on a dark ground. */
export function shareCardSvg(card: ShareCardText): string {
  const { lines, fontSize } = titleLayout(card.title || card.siteName);
  const lineHeight = Math.round(fontSize * 1.2);
  const top = 96 + fontSize;
  const tspans = lines.map((l, i) => `<tspan x="80" y="${top + i * lineHeight}">${escapeXml(l)}</tspan>`).join('');
  const site = escapeXml([...card.siteName].slice(0, 44).join(''));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`
    + `<rect width="100%" height="100%" fill="#1d2733"/>`
    + `<rect x="80" y="64" width="120" height="8" fill="#e8a33d"/>`
    + `<text font-family="DejaVu Serif, Liberation Serif, serif" font-weight="bold" font-size="${fontSize}" fill="#ffffff">${tspans}</text>`
    + `<rect x="80" y="${CARD_HEIGHT - 112}" width="${CARD_WIDTH - 160}" height="2" fill="#4a5a6b"/>`
    + `<text x="80" y="${CARD_HEIGHT - 60}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="34" fill="#d7dee6">${site}</text>`
    + `</svg>`;
}
