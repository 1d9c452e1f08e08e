import type { Element, ElementContent, Root } from 'hast';
import LinkifyIt from 'linkify-it';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { commentSanitizeSchema } from './sanitize-schema.js';

// Only explicit http(s) URLs become links: no bare domains or emails; other schemes
// (mailto:, ftp:, protocol-relative) are found but left as text by httpUrl below.
const linkify = new LinkifyIt().set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

const processor = unified().use(rehypeSanitize, commentSanitizeSchema).use(rehypeStringify);

/** Rel of every link in a comment: no ranking credit, user content, no window.opener. */
export const COMMENT_LINK_REL = ['nofollow', 'ugc', 'noopener'];

function httpUrl(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Text with its http(s) URLs turned into links. */
function linkified(text: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of linkify.match(text) ?? []) {
    const href = httpUrl(match.url);
    if (!href) continue;
    if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) });
    out.push({ type: 'element', tagName: 'a', properties: { href, rel: COMMENT_LINK_REL }, children: [{ type: 'text', value: match.raw }] });
    last = match.lastIndex;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

function paragraph(text: string): Element {
  const children = text.split('\n').flatMap((line, index): ElementContent[] => [
    ...(index > 0 ? [{ type: 'element', tagName: 'br', properties: {}, children: [] } as Element, { type: 'text', value: '\n' } as const] : []),
    ...linkified(line),
  ]);
  return { type: 'element', tagName: 'p', properties: {}, children };
}

/**
 * Plain comment text → HTML: blank lines separate paragraphs, single newlines become line
 * breaks, http(s) URLs become links with rel="nofollow ugc noopener". The tree is built
 * from text nodes (never from HTML strings) and still passes the comment allow-list.
 */
export function renderCommentBody(text: string): string {
  const paragraphs = text.split(/\n[ \t]*\n+/).map((p) => p.trim()).filter((p) => p !== '');
  const tree: Root = { type: 'root', children: paragraphs.map(paragraph) };
  return processor.stringify(processor.runSync(tree) as Root);
}
