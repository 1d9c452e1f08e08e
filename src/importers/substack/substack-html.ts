import { parseHTML } from 'linkedom';
import { htmlToMarkdown } from '../html/html-to-markdown.js';

/** A Substack post body as Markdown, with what could not come over as it was. */
export interface ConvertedSubstackBody {
  /** Markdown with GFM footnotes (`[^1]` … `[^1]: …`). */
  markdown: string;
  notes: number;
  /** Image URLs left pointing to Substack's servers. */
  remoteImages: string[];
  warnings: string[];
}

const TOKEN = (n: number) => `dossiersubstacknote${n}x`;

/**
 * The original of a Substack CDN image: `substackcdn.com/image/fetch/<options>/<url-encoded
 * original>` serves a resized copy of the file on substack-post-media; the original is kept.
 */
export function originalImageUrl(src: string): string {
  const fetched = /^https:\/\/substackcdn\.com\/image\/fetch\/[^/]*\/(https?%3A%2F%2F.+)$/i.exec(src);
  return fetched ? decodeURIComponent(fetched[1]!) : src;
}

/** Widgets of Substack's own (subscribe forms, share and comment buttons): nothing of the post's. */
const CHROME = ['.subscription-widget-wrap', '.subscription-widget', 'p.button-wrapper', '.button-wrapper', '.share-dialog', '.paywall-jump', 'form', 'input', 'button', 'style', 'script'];

/**
 * Turns the HTML of one `posts/<post_id>.html` file into Markdown: Substack's footnotes
 * (`a.footnote-anchor` markers, `div.footnote` > `div.footnote-content` texts) become
 * structured notes, captioned images become figures with their caption and alt text
 * (pointing to the original file rather than a resized copy), Substack's own widgets go.
 */
export function substackHtmlToMarkdown(html: string): ConvertedSubstackBody {
  const { document } = parseHTML(`<!doctype html><html><body><div id="dossier-root">${html}</div></body></html>`);
  const root = document.getElementById('dossier-root')!;
  const warnings: string[] = [];
  for (const node of root.querySelectorAll(CHROME.join(','))) node.remove();

  // Notes: number them in the order their texts come, as Substack does, and keep the text.
  const texts = new Map<string, string>();
  for (const footnote of root.querySelectorAll('div.footnote')) {
    const number = footnote.querySelector('a.footnote-number, a[id^="footnote-"]');
    const id = (number?.getAttribute('id') ?? footnote.getAttribute('id') ?? '').replace(/^footnote-/, '');
    const content = footnote.querySelector('.footnote-content');
    if (id && content) texts.set(id, htmlToMarkdown(content.innerHTML).replace(/\s*\n+\s*/g, ' ').trim());
    footnote.remove();
  }
  const numbers = new Map<string, number>();
  for (const anchor of root.querySelectorAll('a.footnote-anchor')) {
    const id = (anchor.getAttribute('href') ?? '').replace(/^#footnote-/, '') || (anchor.getAttribute('id') ?? '').replace(/^footnote-anchor-/, '');
    if (!texts.has(id)) {
      warnings.push(`footnote marker ${anchor.textContent?.trim() || id} has no note text; it was left out`);
      anchor.remove();
      continue;
    }
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    anchor.replaceWith(document.createTextNode(TOKEN(numbers.get(id)!)));
  }
  for (const id of texts.keys()) {
    if (!numbers.has(id)) {
      numbers.set(id, numbers.size + 1);
      warnings.push(`note ${id} is not cited in the text; it was kept at the end`);
    }
  }

  // Images: one figure each, the original file, its alt text and caption once.
  const remoteImages: string[] = [];
  for (const container of root.querySelectorAll('.captioned-image-container, figure')) {
    if (!container.isConnected) continue;
    const img = container.querySelector('img');
    if (!img) continue;
    const src = originalImageUrl(img.getAttribute('src') ?? '');
    const caption = container.querySelector('figcaption')?.innerHTML.trim() ?? '';
    const figure = document.createElement('figure');
    const clean = document.createElement('img');
    clean.setAttribute('src', src);
    clean.setAttribute('alt', img.getAttribute('alt') ?? '');
    figure.appendChild(clean);
    if (caption) {
      const figcaption = document.createElement('figcaption');
      figcaption.innerHTML = caption;
      figure.appendChild(figcaption);
    }
    container.replaceWith(figure);
  }
  for (const img of root.querySelectorAll('img')) {
    const src = originalImageUrl(img.getAttribute('src') ?? '');
    img.setAttribute('src', src);
    img.removeAttribute('srcset');
    if (/^https?:\/\/([^/]*\.)?(substackcdn\.com|substack-post-media\.s3\.amazonaws\.com|substack\.com)\//i.test(src)) remoteImages.push(src);
  }
  // Turndown writes an image inside a link as a linked image; Substack links each image to itself.
  for (const link of root.querySelectorAll('a.image-link')) link.replaceWith(...link.childNodes);

  let markdown = htmlToMarkdown(root.innerHTML).replace(/dossiersubstacknote(\d+)x/g, '[^$1]');
  if (numbers.size > 0) {
    const definitions = [...numbers.entries()].sort((a, b) => a[1] - b[1]).map(([id, n]) => `[^${n}]: ${texts.get(id) || '(empty note)'}`);
    markdown = `${markdown}\n\n${definitions.join('\n')}`;
  }
  return { markdown: `${markdown.trim()}\n`, notes: numbers.size, remoteImages: [...new Set(remoteImages)], warnings };
}
