import { findUrls, type FoundUrl } from './urls.js';

/** A note with its URLs, italics and quoted titles replaced by placeholders. */
export interface MarkedNote {
  /** The note text with `\uE000U0\uE001`-style placeholders. */
  text: string;
  urls: FoundUrl[];
  italics: string[];
  quoted: string[];
  /** Texts of Markdown links, which often name the source. */
  linkLabels: string[];
}

const OPEN = '\uE000';
const CLOSE = '\uE001';

/** The placeholder for the n-th item of a kind (U url, I italic, Q quoted). */
export const placeholder = (kind: 'U' | 'I' | 'Q' | 'D', n: number): string => `${OPEN}${kind}${n}${CLOSE}`;
/** Matches any placeholder; group 1 is the kind, group 2 the index. */
export const PLACEHOLDER = new RegExp(`${OPEN}([UIQD])(\\d+)${CLOSE}`, 'g');

function cleanTitle(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s,;:]+|[\s,;:.]+$/g, '').trim();
}

/**
 * Reads the Markdown of a note into text plus placeholders: link targets and URLs,
 * `*italic*` spans (book and periodical titles), quoted titles (straight or curly, even
 * glued to the next word).
 */
export function markNote(markdown: string): MarkedNote {
  // [label](url) → label <url>, so the label can serve as a title and the URL is found once.
  const linkLabels: string[] = [];
  let text = markdown.replace(/\[([^\]\n]{1,300})\]\(\s*<?([^)\s>]{1,2000})>?\s*\)/g, (_all, label: string, url: string) =>
    label.trim() === url.trim() ? `<${url}>` : (linkLabels.push(label.trim()), `${label} <${url}>`),
  );
  text = text.replace(/\\([*_"<>[\]])/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1');
  const urls = findUrls(text);
  for (const [i, url] of [...urls.entries()].reverse()) {
    text = text.slice(0, url.start) + placeholder('U', i) + text.slice(url.end);
  }
  const italics: string[] = [];
  text = text.replace(/(?<![\w*])\*(?![\s*])([^*\n]+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?![\s_])([^_\n]+?)(?<!\s)_(?![\w_])/g, (_all, a?: string, b?: string) => {
    italics.push(cleanTitle(a ?? b ?? ''));
    return placeholder('I', italics.length - 1);
  });
  const quoted: string[] = [];
  text = text.replace(/“([^“”]{2,300})”|"([^"]{2,300})"|«\s?([^«»]{2,300}?)\s?»|(?<!\w)‘([^‘’]{2,300})’(?!\w)/g, (_all, a?: string, b?: string, c?: string, d?: string) => {
    quoted.push(cleanTitle((a ?? b ?? c ?? d ?? '').replace(new RegExp(`${OPEN}I(\\d+)${CLOSE}`, 'g'), (_m, n: string) => italics[Number(n)] ?? '')));
    return `${placeholder('Q', quoted.length - 1)} `;
  });
  return { text: text.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/ {2,}/g, ' '), urls, italics, quoted, linkLabels };
}
