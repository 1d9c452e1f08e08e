import TurndownService from 'turndown';
// The maintained fork of turndown-plugin-gfm (tables, strikethrough, task lists).
import { gfm } from '@joplin/turndown-plugin-gfm';
import { autop } from './autop.js';

function createTurndown(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  service.use(gfm);
  service.remove(['script', 'style', 'noscript', 'template', 'object', 'embed']);
  // A figure keeps its image and its caption (as an italic line under it).
  service.addRule('figure', {
    filter: 'figure',
    replacement: (content, node) => {
      const caption = (node as HTMLElement).querySelector('figcaption')?.textContent?.trim();
      const inner = content.replace(caption ?? '\u0000', '').trim();
      return `\n\n${inner}${caption ? `\n\n*${caption.replace(/\*/g, '\\*')}*` : ''}\n\n`;
    },
  });
  service.addRule('figcaption', { filter: 'figcaption', replacement: (content) => content });
  // Embedded players become a link on their own line, which the reader can follow.
  service.addRule('iframe', {
    filter: 'iframe',
    replacement: (_content, node) => {
      const src = (node as HTMLElement).getAttribute('src') ?? '';
      const title = (node as HTMLElement).getAttribute('title') || 'Embedded content';
      return /^https?:\/\//.test(src) ? `\n\n[${title}](${src})\n\n` : '';
    },
  });
  return service;
}

let turndown: TurndownService | undefined;

/** Converts a shortcode-free HTML fragment to Markdown. */
export function htmlToMarkdown(html: string): string {
  turndown ??= createTurndown();
  return turndown.turndown(html).replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Turns WordPress post content into Markdown: block comments dropped, classic-editor
 * paragraphs restored, `[caption]` and `[embed]` shortcodes made into figures and links,
 * other shortcodes kept as text.
 */
export function wordpressHtmlToMarkdown(content: string): string {
  const html = content
    .replace(/<!--\s*\/?wp:[\s\S]*?-->/g, '')
    .replace(/\[caption[^\]]*?(?:caption="([^"]*)")?[^\]]*\]([\s\S]*?)\[\/caption\]/g, (_all, attrCaption: string | undefined, inner: string) => {
      const image = inner.match(/<a[^>]*>\s*<img[^>]*>\s*<\/a>|<img[^>]*>/i)?.[0] ?? '';
      const caption = attrCaption ?? inner.replace(image, '').trim();
      return `<figure>${image}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
    })
    .replace(/\[embed\]\s*(https?:\/\/[^\s[]+)\s*\[\/embed\]/g, '<p><a href="$1">$1</a></p>');
  return htmlToMarkdown(autop(html));
}
