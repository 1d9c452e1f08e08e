// Reading aids of an article page: reading time, the table of contents and the ids of the
// body's section headings. Computed at render from the stored body HTML (sanitised Markdown
// output, so its markup is regular): a few regular expressions over a few kilobytes cost
// microseconds, and articles saved before this existed get the same aids.

/** One heading of the table of contents. */
export interface OutlineEntry {
  id: string;
  level: 2 | 3;
  text: string;
}

/** Words a reader reads in a minute, the usual estimate for news prose. */
export const WORDS_PER_MINUTE = 230;
/** A body needs this many h2/h3 headings before it gets a table of contents. */
export const TOC_MIN_HEADINGS = 3;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of an HTML fragment: tags dropped, character references decoded. */
export function htmlText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Words of a body's HTML. */
export function wordCount(html: string): number {
  return htmlText(html).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read a body, at least 1. */
export function readingMinutes(html: string): number {
  return Math.max(1, Math.round(wordCount(html) / WORDS_PER_MINUTE));
}

/** A heading's text as an id fragment: letters and digits of any script, joined by hyphens. */
export function headingSlug(text: string): string {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu)?.join('-').slice(0, 60) || 'section';
}

/**
 * Gives every h2 and h3 of the body an id (kept when it has one; else `prefix` + the slug of
 * its text, numbered when repeated) and lists them in order. Same text, same id: links to a
 * section survive edits elsewhere in the article.
 */
export function outlineBody(html: string, prefix: string): { html: string; outline: OutlineEntry[] } {
  const outline: OutlineEntry[] = [];
  const used = new Set<string>(Array.from(html.matchAll(/\sid="([^"]*)"/g), (m) => m[1]!));
  const out = html.replace(/<h([23])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g, (_whole, level: string, attributes: string | undefined, inner: string) => {
    const text = htmlText(inner).replace(/\s+/g, ' ').trim();
    let id = /\sid="([^"]*)"/.exec(attributes ?? '')?.[1];
    let attrs = attributes ?? '';
    if (!id) {
      const base = `${prefix}${headingSlug(text)}`;
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      attrs = ` id="${id}"${attrs}`;
    }
    if (text) outline.push({ id, level: Number(level) as 2 | 3, text });
    return `<h${level}${attrs}>${inner}</h${level}>`;
  });
  return { html: out, outline };
}
