import type { Element, ElementContent, Root, Text } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { sanitizeSchema } from './sanitize-schema.js';

const URL_IN_TEXT = /https?:\/\/[^\s<>"“”]*[^\s<>"“”.,;:!?)\]]/g;

/** Turns bare http(s) addresses in text into links (outside existing links). */
function linkifyText() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || (parent.type === 'element' && (parent as Element).tagName === 'a')) return;
      const parts: ElementContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(URL_IN_TEXT)) {
        if (m.index! > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        parts.push({ type: 'element', tagName: 'a', properties: { href: m[0] }, children: [{ type: 'text', value: m[0] }] });
        last = m.index! + m[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(parts as typeof parent.children));
      return [SKIP, index + parts.length];
    });
  };
}

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(linkifyText)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

/**
 * Cleans an HTML fragment from elsewhere (a citation formatter, an import) with the site's
 * one allow-list, and links bare web addresses in its text.
 */
export function sanitizeFragment(html: string): string {
  return String(processor.processSync(html));
}
