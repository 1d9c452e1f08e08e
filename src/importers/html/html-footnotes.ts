import { parseHTML } from 'linkedom';
import { convertPlainTextFootnotes } from '../../citations/notes/plain-text-to-markdown.js';
import { htmlToMarkdown } from './html-to-markdown.js';

const TOKEN = (n: number) => `dossierfootnote${n}x`;

/** Where HTML editors put their notes: GFM's section, Ghost's and Markdown-it's lists, Word's divs. */
const NOTE_LISTS = 'section.footnotes, section[data-footnotes], div.footnotes, ol.footnotes, ol.footnotes-list, .footnotes-list';

/** Back links from a note to where it is cited: they are made again on the page. */
const BACK_LINKS = 'a.footnote-backref, a[data-footnote-backref], a[rev="footnote"], a.footnote-back';

/**
 * Turns an HTML post into Markdown with proper footnotes, from either kind of note an
 * editor sends: linked notes (a `<sup><a href="#fn1">` marker and an `<li id="fn1">` in a
 * footnotes list, as GFM, Ghost and Markdown editors write them) or plain `[1]` markers
 * with a trailing `[1] …` list. Returns the Markdown and how many notes it found.
 */
export function htmlWithFootnotesToMarkdown(html: string): { markdown: string; notes: number } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const numbers = new Map<string, number>();
  const texts: string[] = [];
  for (const list of [...document.querySelectorAll(NOTE_LISTS)]) {
    if (!list.isConnected) continue;
    for (const item of [...list.querySelectorAll('li[id]')]) {
      for (const back of [...item.querySelectorAll(BACK_LINKS)]) back.remove();
      numbers.set(item.getAttribute('id')!, texts.length + 1);
      texts.push(item.innerHTML);
    }
    const separator = list.previousElementSibling;
    if (separator?.tagName === 'HR') separator.remove();
    list.remove();
  }
  if (numbers.size > 0) {
    for (const link of [...document.querySelectorAll('a[href^="#"]')]) {
      const n = numbers.get(decodeURIComponent(link.getAttribute('href')!.slice(1)));
      if (n === undefined) continue;
      const sup = link.parentElement?.tagName === 'SUP' ? link.parentElement : null;
      (sup ?? link).replaceWith(document.createTextNode(TOKEN(n)));
    }
    const body = htmlToMarkdown(document.body.innerHTML).replace(/dossierfootnote(\d+)x/g, '[^$1]');
    const definitions = texts.map((text, i) => `[^${i + 1}]: ${htmlToMarkdown(text).replace(/\s*\n+\s*/g, ' ')}`);
    return { markdown: `${body}\n\n${definitions.join('\n')}\n`, notes: texts.length };
  }
  // Turndown escapes brackets; "[1]" notes must be plain again to be recognised.
  const converted = convertPlainTextFootnotes(htmlToMarkdown(html).replace(/\\\[(\d{1,4})\\\]/g, '[$1]'));
  return { markdown: converted.markdown, notes: converted.converted };
}
