import { convertPlainTextFootnotes } from '../../citations/notes/plain-text-to-markdown.js';
import { htmlToMarkdown, wordpressHtmlToMarkdown } from '../html/html-to-markdown.js';

const TOKEN = (n: number) => `dossierfootnote${n}x`;

/** The notes of WordPress's footnotes block: post meta `footnotes`, a JSON list of {id, content}. */
function blockFootnotes(meta: string | undefined): Array<{ id: string; content: string }> {
  if (!meta) return [];
  try {
    const list = JSON.parse(meta) as unknown;
    return Array.isArray(list) ? list.filter((n): n is { id: string; content: string } => typeof n?.id === 'string' && typeof n?.content === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Post content as Markdown with proper footnotes, from either kind of WordPress note:
 * the footnotes block (`<sup data-fn>` markers, note texts in the `footnotes` post meta) or
 * plain-text `[1]` markers with a trailing `[1] …` list.
 */
export function wordpressContentToMarkdown(content: string, footnotesMeta?: string, options: Parameters<typeof wordpressHtmlToMarkdown>[1] = {}): { markdown: string; notes: number } {
  const notes = blockFootnotes(footnotesMeta);
  const index = new Map(notes.map((note, i) => [note.id, i + 1]));
  const marked = content
    .replace(/<sup[^>]*data-fn="([^"]+)"[^>]*>[\s\S]*?<\/sup>/g, (_all, id: string) => (index.has(id) ? TOKEN(index.get(id)!) : ''))
    .replace(/<!--\s*wp:footnotes\s*\/?-->/g, '');
  let markdown = wordpressHtmlToMarkdown(marked, options).replace(/dossierfootnote(\d+)x/g, '[^$1]');
  if (notes.length > 0) {
    const definitions = notes.map((note, i) => `[^${i + 1}]: ${htmlToMarkdown(note.content).replace(/\n+/g, ' ')}`);
    return { markdown: `${markdown}\n\n${definitions.join('\n')}\n`, notes: notes.length };
  }
  // Turndown escapes brackets; "[1]" notes must be plain again to be recognised.
  markdown = markdown.replace(/\\\[(\d{1,4})\\\]/g, '[$1]');
  const converted = convertPlainTextFootnotes(markdown);
  return { markdown: converted.markdown, notes: converted.converted };
}
