import TurndownService from 'turndown';
// The maintained fork of turndown-plugin-gfm (tables, strikethrough, task lists).
import { gfm } from '@joplin/turndown-plugin-gfm';
import { autop } from './autop.js';
import { addGhostCardRules } from './ghost-card-rules.js';
import { convertShortcodes, dynamicBlocks, type AttachmentLookup, type ContentFindings } from '../wordpress/shortcodes.js';

function createTurndown(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  service.use(gfm);
  service.remove(['script', 'style', 'noscript', 'template', 'object', 'embed']);
  // A figure with one image: the caption becomes the image's title, which the Markdown
  // renderer draws as <figcaption> (once). Other figures (galleries, tables, quotes) keep
  // their content, then their own caption as an italic line.
  service.addRule('figure', {
    filter: 'figure',
    replacement: (content, node) => {
      const caption = ownCaption(node as HTMLElement);
      const single = singleImage(node as HTMLElement);
      const embedUrl = /\bwp-block-embed\b/.test((node as HTMLElement).getAttribute('class') ?? '') ? (node as HTMLElement).textContent?.trim().split(/\s+/)[0] : undefined;
      if (embedUrl && /^https?:\/\//.test(embedUrl)) return `\n\n[${embedUrl}](${embedUrl})${caption ? `\n\n*${escapeEmphasis(caption)}*` : ''}\n\n`;
      if (single || !caption) return `\n\n${content.trim()}\n\n`;
      return `\n\n${content.trim()}\n\n*${escapeEmphasis(caption)}*\n\n`;
    },
  });
  // Captions are written by their figure (above), never where they stand.
  service.addRule('figcaption', { filter: 'figcaption', replacement: () => '' });
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as HTMLElement;
      const src = img.getAttribute('src') ?? '';
      if (!src) return '';
      const alt = (img.getAttribute('alt') ?? '').replace(/[[\]\\]/g, '\\$&').replace(/\s+/g, ' ').trim();
      const figure = enclosingFigure(img);
      const caption = figure && singleImage(figure) === img ? ownCaption(figure) : '';
      const title = caption ? ` "${caption.replace(/\s+/g, ' ').replace(/"/g, '\\"')}"` : '';
      return `![${alt}](${src.replace(/[()\s]/g, encodeURIComponent)}${title})`;
    },
  });
  // Audio and video players become a link to their file, on its own line.
  service.addRule('media', {
    filter: ['audio', 'video'],
    replacement: (_content, node) => {
      const el = node as HTMLElement;
      const src = el.getAttribute('src') ?? el.querySelector('source')?.getAttribute('src') ?? '';
      if (!/^https?:\/\//.test(src)) return '';
      const label = el.nodeName === 'AUDIO' ? 'Audio' : 'Video';
      const name = el.getAttribute('title') || decodeURIComponent(src.split('/').pop() ?? src);
      return `\n\n[${label}: ${name.replace(/[[\]]/g, '')}](${src})\n\n`;
    },
  });
  // Embedded players become a link on their own line, which the reader can follow.
  service.addRule('iframe', {
    filter: 'iframe',
    replacement: (_content, node) => {
      const src = (node as HTMLElement).getAttribute('src') ?? '';
      const title = (node as HTMLElement).getAttribute('title') || 'Embedded content';
      return /^https?:\/\//.test(src) ? `\n\n[${title}](${src})\n\n` : '';
    },
  });
  // Turndown tries the rules added last first: Ghost's cards before the figure rule.
  addGhostCardRules(service);
  return service;
}

const escapeEmphasis = (text: string) => text.replace(/\s+/g, ' ').replace(/[*_]/g, '\\$&');

/** The text of a figure's own caption (not a nested figure's). */
function ownCaption(figure: HTMLElement): string {
  const caption = Array.from(figure.childNodes).find((c) => c.nodeName === 'FIGCAPTION');
  return caption?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function enclosingFigure(node: Node): HTMLElement | null {
  for (let at = node.parentNode; at; at = at.parentNode) if (at.nodeName === 'FIGURE') return at as HTMLElement;
  return null;
}

/** The figure's only image, when it has exactly one (a gallery has several). */
function singleImage(figure: HTMLElement): HTMLElement | null {
  const images = figure.getElementsByTagName('img');
  return images.length === 1 && figure.getElementsByTagName('figure').length === 0 ? (images[0] as HTMLElement) : null;
}

let turndown: TurndownService | undefined;

/** Converts a shortcode-free HTML fragment to Markdown. */
export function htmlToMarkdown(html: string): string {
  turndown ??= createTurndown();
  return turndown.turndown(html).replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Turns WordPress post content into Markdown: block comments dropped (dynamic blocks named in
 * `findings`), classic-editor paragraphs restored, the common shortcodes converted
 * (wordpress/shortcodes.ts), others kept as text and named in `findings`.
 */
export function wordpressHtmlToMarkdown(content: string, options: { postId?: string; attachments?: AttachmentLookup; findings?: ContentFindings } = {}): string {
  const findings = options.findings ?? { warnings: [] };
  dynamicBlocks(content, findings);
  const html = convertShortcodes(content.replace(/<!--\s*\/?wp:[\s\S]*?-->/g, ''), options.postId ?? '', options.attachments, findings);
  return htmlToMarkdown(autop(html));
}
