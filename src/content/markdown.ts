import type { Root as HastRoot } from 'hast';
import type { Link, Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { captionFigures } from './figures.js';
import { numberFootnotes, type NumberedFootnote } from './footnotes.js';
import { linkNoteMarkers, noteReferenceHandler } from './note-markers.js';
import { sanitizeSchema } from './sanitize-schema.js';

/** One note of a rendered document. */
export interface RenderedNote {
  number: number;
  label: string;
  /** Markdown source of the note, as typed. */
  rawText: string;
  /** Plain text of the note. */
  text: string;
  /** Sanitised HTML of the note; a one-paragraph note has no `<p>` wrapper. */
  html: string;
  /** The first link in the note, if any. */
  url: string | null;
  citations: number;
}

/** A Markdown document rendered for the page. */
export interface RenderedMarkdown {
  /** Sanitised body HTML without the notes list. */
  html: string;
  notes: RenderedNote[];
  /** Labels of notes that nothing in the body cites. */
  uncitedNotes: string[];
  /** The opening paragraphs as plain text, for excerpts. */
  leadText: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);

function htmlProcessor(prefix: string) {
  return unified()
    .use(remarkRehype, { handlers: { footnoteReference: noteReferenceHandler } })
    .use(rehypeSanitize, sanitizeSchema)
    .use(linkNoteMarkers, { prefix })
    .use(captionFigures)
    .use(rehypeStringify);
}

function toHtml(processor: ReturnType<typeof htmlProcessor>, tree: Root, unwrapParagraph = false): string {
  const hast = processor.runSync(tree) as HastRoot;
  const only = hast.children.filter((node) => node.type !== 'text' || node.value.trim() !== '');
  if (unwrapParagraph && only.length === 1 && only[0]?.type === 'element' && only[0].tagName === 'p') {
    hast.children = only[0].children;
  }
  return processor.stringify(hast);
}

function leadText(tree: Root, minLength = 160): string {
  let text = '';
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    text += (text ? ' ' : '') + mdastToString(node);
    if (text.length >= minLength) break;
  }
  return text;
}

function renderNote(processor: ReturnType<typeof htmlProcessor>, markdown: string, note: NumberedFootnote): RenderedNote {
  const children = note.definition.children;
  const first = children[0];
  const last = children[children.length - 1];
  const start = first?.position?.start.offset;
  const end = last?.position?.end.offset;
  const rawText = start !== undefined && end !== undefined ? markdown.slice(start, end) : mdastToString(note.definition);
  let url: string | null = null;
  visit(note.definition, 'link', (link: Link) => {
    url ??= link.url;
  });
  return {
    number: note.number,
    label: note.label,
    rawText,
    text: mdastToString(note.definition),
    html: toHtml(processor, { type: 'root', children }, true),
    url,
    citations: note.citations,
  };
}

/**
 * Renders Markdown (GFM) to sanitised HTML. Footnotes become numbered markers `[n]`
 * linking to a separate list of notes; `idPrefix` keeps ids unique per article.
 */
export function renderMarkdown(markdown: string, options: { idPrefix: string }): RenderedMarkdown {
  const tree = parser.parse(markdown);
  const numbering = numberFootnotes(tree);
  const processor = htmlProcessor(options.idPrefix);
  return {
    html: toHtml(processor, tree),
    notes: numbering.notes.map((note) => renderNote(processor, markdown, note)),
    uncitedNotes: numbering.uncited,
    leadText: leadText(tree),
  };
}
