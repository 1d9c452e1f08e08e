interface LexicalNode {
  type: string;
  text?: string;
  format?: number;
  tag?: string;
  listType?: string;
  url?: string;
  src?: string;
  alt?: string;
  caption?: string;
  markdown?: string;
  html?: string;
  code?: string;
  children?: LexicalNode[];
}

import { ghostCardHtml } from './cards.js';
import { readGhostContent } from './read-ghost-content.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textNode(node: LexicalNode): string {
  let html = escape(node.text ?? '');
  const format = node.format ?? 0;
  if (format & 16) html = `<code>${html}</code>`;
  if (format & 1) html = `<strong>${html}</strong>`;
  if (format & 2) html = `<em>${html}</em>`;
  if (format & 4) html = `<s>${html}</s>`;
  return html;
}

function render(node: LexicalNode): string {
  const inner = () => (node.children ?? []).map(render).join('');
  switch (node.type) {
    case 'root':
      return (node.children ?? []).map(render).join('\n');
    case 'text':
      return textNode(node);
    case 'linebreak':
      return '<br>';
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading':
    case 'extended-heading':
      return `<${node.tag ?? 'h2'}>${inner()}</${node.tag ?? 'h2'}>`;
    case 'quote':
    case 'extended-quote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'list':
      return node.listType === 'number' ? `<ol>${inner()}</ol>` : `<ul>${inner()}</ul>`;
    case 'listitem':
      return `<li>${inner()}</li>`;
    case 'link':
      return `<a href="${escape(node.url ?? '')}">${inner()}</a>`;
    case 'aside':
      return `<blockquote>${inner()}</blockquote>`;
    default:
      // Cards are leaves with their fields on the node; other containers keep their text.
      return node.children ? inner() : ghostCardHtml(node.type, node as unknown as Record<string, unknown>);
  }
}

/** Renders Ghost 5's Lexical JSON to HTML (the node types Ghost's editor produces). */
export function lexicalToHtml(json: string): string {
  return readGhostContent('lexical', json, (doc) => {
    const root = (doc as { root?: LexicalNode } | null)?.root;
    return root ? render(root) : '';
  });
}
