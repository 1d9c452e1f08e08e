/** What is wrong with a URL as written, when something is. */
export type UrlProblem = 'cut-off' | 'unclosed-angle' | 'no-host' | 'swallowed-punctuation';

/** A URL found in a note. */
export interface FoundUrl {
  /** The URL as it should be used (lines joined, sentence punctuation trimmed). */
  url: string;
  start: number;
  end: number;
  problem?: UrlProblem;
}

const TRAILING = /[.,;:!?'"”’»)\]]+$/;
const CONTINUES_AT_END = /[/\-_=&?.%#~+]$/;
const LOOKS_LIKE_URL_PART = /^[/\-_=&?.%#~+]|^[\w.~-]*[/?&=%#]/;

function trimSentencePunctuation(url: string): string {
  let out = url;
  for (;;) {
    const m = TRAILING.exec(out);
    if (!m) return out;
    const tail = m[0];
    // Keep a closing parenthesis that closes one opened inside the URL (Wikipedia-style).
    if (tail.endsWith(')') && (out.match(/\(/g)?.length ?? 0) >= (out.match(/\)/g)?.length ?? 0)) return out;
    out = out.slice(0, -1);
  }
}

function hostProblem(url: string): UrlProblem | undefined {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname;
    if (!host || host.startsWith('.') || (!host.includes('.') && host !== 'localhost' && !/^\[/.test(host))) return 'no-host';
    return undefined;
  } catch {
    return 'no-host';
  }
}

/** Joins a URL broken over lines: `https://a.example/long-` + newline + `path` is one URL. */
function joinBrokenLines(text: string, start: number, url: string): { url: string; end: number } {
  let end = start + url.length;
  let joined = url;
  for (;;) {
    const rest = /^\n[ \t]*(\S+)/.exec(text.slice(end));
    if (!rest) break;
    const next = rest[1]!;
    if (!(CONTINUES_AT_END.test(joined) || LOOKS_LIKE_URL_PART.test(next))) break;
    if (/^(https?:|www\.)/i.test(next)) break;
    joined += next;
    end += rest[0].length;
  }
  return { url: joined, end };
}

/**
 * Finds the URLs in a note: `<…>` (closed or cut off), Markdown link targets, bare
 * http(s) and www. addresses, including ones broken across lines.
 */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);

  for (const m of text.matchAll(/\]\(\s*<?((?:https?:|www\.)[^\s)>]*)>?\s*\)/gi)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    const url = m[1]!;
    const problem = /[.,;:]$/.test(url) ? 'swallowed-punctuation' : hostProblem(url.replace(/^www\./i, 'http://www.'));
    found.push({ url: url.replace(/^www\./i, 'http://www.'), start, end: start + url.length, ...(problem ? { problem } : {}) });
  }
  for (const m of text.matchAll(/<((?:https?:\/\/|www\.)[^<>\s]*)(>?)/gi)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    let closed = m[2] === '>';
    let { url, end } = closed ? { url: m[1]!, end: m.index! + m[0].length } : joinBrokenLines(text, m.index! + 1, m[1]!);
    const close = url.indexOf('>');
    if (!closed && close >= 0) {
      // The address went on over a line break and was closed there.
      end -= url.length - close - 1;
      url = url.slice(0, close);
      closed = true;
    }
    const normalised = url.replace(/^www\./i, 'http://www.');
    const problem: UrlProblem | undefined = !closed
      ? 'unclosed-angle'
      : /[.,;:]$/.test(url)
        ? 'swallowed-punctuation'
        : hostProblem(normalised);
    found.push({ url: normalised, start: m.index!, end, ...(problem ? { problem } : {}) });
  }
  for (const m of text.matchAll(/(?<![\w/@])(?:https?:\/\/|www\.)[^\s<>"“”]*/gi)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const { url: joined, end } = joinBrokenLines(text, m.index!, m[0]);
    const url = trimSentencePunctuation(joined);
    const normalised = url.replace(/^www\./i, 'http://www.');
    const problem = hostProblem(normalised);
    found.push({ url: normalised, start: m.index!, end: Math.min(end, m.index! + url.length + (end - m.index! - joined.length)), ...(problem ? { problem } : {}) });
  }
  // A lone "<" at the very end: the address was lost when the note was cut.
  const lone = /<\s*$/.exec(text);
  if (lone && !taken(lone.index, text.length)) found.push({ url: '', start: lone.index, end: text.length, problem: 'cut-off' });
  return found.sort((a, b) => a.start - b.start);
}
