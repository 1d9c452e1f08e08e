import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const parser = unified().use(rehypeParse, { fragment: true });
const BREAK_AFTER = new Set(['p', 'div', 'blockquote', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'ul', 'ol']);

function textOf(nodes: RootContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element') {
      const el = node as Element;
      if (el.tagName === 'script' || el.tagName === 'style') continue;
      if (el.tagName === 'br') {
        out += '\n';
        continue;
      }
      const inner = textOf(el.children);
      const href = el.tagName === 'a' && typeof el.properties['href'] === 'string' ? el.properties['href'] : null;
      out += href && /^https?:\/\//.test(href) && inner.trim() !== href ? `${inner} (${href})` : inner;
      if (BREAK_AFTER.has(el.tagName)) out += '\n\n';
    }
  }
  return out;
}

/**
 * Plain text of an HTML fragment (such as a WordPress comment): paragraphs and line
 * breaks kept, link addresses written after their text, entities decoded, tags dropped.
 */
export function htmlToText(html: string): string {
  const tree = parser.parse(html.replace(/\r\n?/g, '\n')) as Root;
  return textOf(tree.children).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
