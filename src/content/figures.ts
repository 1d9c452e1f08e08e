import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const blank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/** The titled image a paragraph holds and nothing else (bare or inside one link), with its title. */
function captionedImage(paragraph: Element): { content: Element; image: Element; caption: string } | null {
  const children = paragraph.children.filter((c) => !blank(c));
  const only = children.length === 1 ? children[0] : undefined;
  if (only?.type !== 'element') return null;
  const inner = only.tagName === 'a' ? only.children.filter((c) => !blank(c)) : [only];
  const first = inner.length === 1 ? inner[0] : undefined;
  const image = first?.type === 'element' && first.tagName === 'img' ? first : null;
  const title = image?.properties['title'];
  if (!image || typeof title !== 'string' || title.trim() === '') return null;
  return { content: only, image, caption: title.trim() };
}

/**
 * A paragraph that is only an image with a title — `![alt](src "Caption")`, linked or not —
 * becomes `<figure>` with the title as its `<figcaption>` (and no longer as a tooltip).
 * Runs after sanitising: the caption is text, the element names are ours.
 */
export function captionFigures() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      const found = captionedImage(node);
      if (!found) return;
      delete found.image.properties['title'];
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: {},
        children: [found.content, { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: found.caption }] }],
      };
      parent.children[index] = figure;
    });
  };
}
