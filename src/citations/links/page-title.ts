import { titleSaysNotFound } from '../../domain/link-health.js';

// Only the head of a page is searched: titles and first headings come early, and a bounded
// search keeps a huge page cheap. No HTML or XML parser runs here, so no entity expansion.
const SEARCH_CHARS = 256 * 1024;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function clean(fragment: string): string {
  return fragment
    .replace(/<[^>]{0,1000}>/g, ' ')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

function firstMatch(html: string, tag: 'title' | 'h1'): string | null {
  const match = new RegExp(`<${tag}\\b[^>]{0,500}>([\\s\\S]{0,2000}?)</${tag}\\s*>`, 'i').exec(html);
  const text = match ? clean(match[1]!) : '';
  return text === '' ? null : text;
}

/**
 * The `<title>` of an HTML page, or its first `<h1>` when that is the one saying the page
 * is missing (or there is no title); null when it has neither.
 */
export function sniffPageTitle(html: string): string | null {
  const head = html.length > SEARCH_CHARS ? html.slice(0, SEARCH_CHARS) : html;
  const title = firstMatch(head, 'title');
  if (titleSaysNotFound(title)) return title;
  const heading = firstMatch(head, 'h1');
  return titleSaysNotFound(heading) ? heading : (title ?? heading);
}
