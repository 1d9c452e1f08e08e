import type TurndownService from 'turndown';

/**
 * Turndown rules for the HTML Ghost renders its cards to (`kg-*-card`), so that each becomes
 * its Markdown equivalent instead of loose text: bookmarks, files, audio and video as links,
 * toggles as a bold heading and its text, callouts as quotes, Markdown-card footnotes
 * (markdown-it's `footnote-ref` and `section.footnotes`) as footnotes. Added before the
 * general figure rule, which they take precedence over.
 */

const hasClass = (node: Node, name: string) => new RegExp(`(^|\\s)${name}(\\s|$)`).test((node as HTMLElement).getAttribute?.('class') ?? '');
const find = (node: Node, name: string): HTMLElement | null => {
  const all = (node as HTMLElement).getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (hasClass(all[i]!, name)) return all[i] as HTMLElement;
  return null;
};
const text = (node: Node | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const label = (value: string) => value.replace(/[[\]\\]/g, '\\$&');

export function addGhostCardRules(service: TurndownService): void {
  service.addRule('ghost-bookmark', {
    filter: (node) => hasClass(node, 'kg-bookmark-card'),
    replacement: (_content, node) => {
      const href = (node as HTMLElement).getElementsByTagName('a')[0]?.getAttribute('href') ?? '';
      const title = text(find(node, 'kg-bookmark-title')) || href;
      const source = [text(find(node, 'kg-bookmark-publisher')), text(find(node, 'kg-bookmark-author'))].filter((s, i, all) => s && all.indexOf(s) === i).join(', ');
      const description = text(find(node, 'kg-bookmark-description'));
      const caption = text(Array.from(node.childNodes).find((c) => c.nodeName === 'FIGCAPTION') ?? null);
      return `\n\n[${label(title)}](${href})${source ? ` (${label(source)})` : ''}${description ? `: ${label(description)}` : ''}${caption ? `\n\n*${label(caption)}*` : ''}\n\n`;
    },
  });
  service.addRule('ghost-file', {
    filter: (node) => hasClass(node, 'kg-file-card'),
    replacement: (_content, node) => {
      const href = (node as HTMLElement).getElementsByTagName('a')[0]?.getAttribute('href') ?? '';
      const title = text(find(node, 'kg-file-card-title')) || text(find(node, 'kg-file-card-filename')) || href;
      const about = [text(find(node, 'kg-file-card-caption')), text(find(node, 'kg-file-card-filename')), text(find(node, 'kg-file-card-filesize'))].filter(Boolean).join(', ');
      return href ? `\n\n[${label(title)}](${href})${about ? ` (${label(about)})` : ''}\n\n` : '';
    },
  });
  service.addRule('ghost-audio-video', {
    filter: (node) => hasClass(node, 'kg-audio-card') || hasClass(node, 'kg-video-card'),
    replacement: (_content, node) => {
      const player = (node as HTMLElement).getElementsByTagName(hasClass(node, 'kg-audio-card') ? 'audio' : 'video')[0];
      const src = player?.getAttribute('src') ?? player?.getElementsByTagName('source')[0]?.getAttribute('src') ?? '';
      if (!src) return '';
      const kind = hasClass(node, 'kg-audio-card') ? 'Audio' : 'Video';
      const name = text(find(node, 'kg-audio-title')) || decodeURIComponent(src.split('/').pop() ?? src);
      const caption = text(Array.from(node.childNodes).find((c) => c.nodeName === 'FIGCAPTION') ?? null);
      return `\n\n[${kind}: ${label(name)}](${src})${caption ? `\n\n*${label(caption)}*` : ''}\n\n`;
    },
  });
  service.addRule('ghost-toggle', {
    filter: (node) => hasClass(node, 'kg-toggle-card'),
    replacement: (_content, node) => `\n\n**${text(find(node, 'kg-toggle-heading-text'))}**\n\n${service.turndown(find(node, 'kg-toggle-content')?.innerHTML ?? '')}\n\n`,
  });
  service.addRule('ghost-callout', {
    filter: (node) => hasClass(node, 'kg-callout-card'),
    replacement: (_content, node) => {
      const emoji = text(find(node, 'kg-callout-emoji'));
      const body = service.turndown(find(node, 'kg-callout-text')?.innerHTML ?? '');
      return `\n\n${`${emoji ? `${emoji} ` : ''}${body}`.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n')}\n\n`;
    },
  });
  // Player controls and rating stars are not content.
  service.addRule('ghost-controls', { filter: (node) => node.nodeName === 'BUTTON' || hasClass(node, 'kg-product-card-rating'), replacement: () => '' });
  // Footnotes of Markdown cards (markdown-it-footnote).
  service.addRule('footnote-ref', {
    filter: (node) => node.nodeName === 'SUP' && hasClass(node, 'footnote-ref'),
    replacement: (_content, node) => `[^${text(node).replace(/[[\]]/g, '').replace(/:\d+$/, '')}]`,
  });
  service.addRule('footnotes-sep', { filter: (node) => node.nodeName === 'HR' && hasClass(node, 'footnotes-sep'), replacement: () => '' });
  service.addRule('footnotes', {
    filter: (node) => node.nodeName === 'SECTION' && hasClass(node, 'footnotes'),
    replacement: (_content, node) => {
      const items = Array.from((node as HTMLElement).getElementsByTagName('li'));
      const notes = items.map((li, i) => {
        for (const back of Array.from(li.getElementsByTagName('a')).filter((a) => hasClass(a, 'footnote-backref'))) back.parentNode?.removeChild(back);
        return `[^${i + 1}]: ${service.turndown(li.innerHTML).replace(/\n+/g, ' ').trim()}`;
      });
      return `\n\n${notes.join('\n')}\n\n`;
    },
  });
}
