// The parts of a note around its citations: signals and commentary before a source
// ("See", "Cf.", "On the 1903 shortage, see"), commentary after it (", quoting…",
// "(emphasis added)", a closing sentence), and the ";" between several sources.

/** Introductory signals, longest first (Chicago and Bluebook usage). */
export const SIGNAL = '(?:see also|see generally|see, e\\.g\\.,|but see|but cf\\.|see|cf\\.|compare|contra|accord|e\\.g\\.,|quoted in|cited in|as cited in|and)';

const PROTECTED = [
  /\[[^\]\n]{1,300}\]\([^)\s]{1,2000}\)/g, // Markdown links
  /<(?:https?:|www\.)[^<>\s]*>?/gi, // bracketed URLs
  /(?:https?:\/\/|www\.)[^\s<>"“”]*/gi, // bare URLs
  /“[^“”]{1,300}”|"[^"\n]{1,300}"|«[^«»]{1,300}»|‘[^‘’]{1,300}’(?!\w)/g, // quoted titles
  /(?<![\w*])\*[^*\n]{1,300}\*(?![\w*])|(?<![\w_])_[^_\n]{1,300}_(?![\w_])/g, // italic titles
];

/** The note with quoted and italic titles, links and URLs blanked (same length), so signals and ";" are only found outside them. */
export function maskProtected(text: string): string {
  let masked = text;
  for (const pattern of PROTECTED) {
    masked = masked.replace(pattern, (m) => m.replace(/[^\n]/g, 'x'));
  }
  return masked;
}

/** Splits "A; B; and C." into its sources at the ";" outside titles, links and brackets. */
export function splitSources(text: string): string[] {
  const masked = maskProtected(text);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ';' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const LEADING_SIGNAL = new RegExp(`^(${SIGNAL})\\s+(?=[\\p{Lu}*“"«\\[_\\d])`, 'iu');
const COMMENTARY_SIGNAL = /^(.{3,300}?[,;:]\s+(?:see also|see|cf\.|compare|e\.g\.,))\s+(?=[\p{Lu}*“"«[_\d])/iu;

/** The signal or commentary before the source, and the rest. */
export function takePrefix(text: string): { prefix?: string; rest: string } {
  const masked = maskProtected(text);
  const m = LEADING_SIGNAL.exec(masked) ?? COMMENTARY_SIGNAL.exec(masked);
  if (!m) return { rest: text };
  const prefix = text.slice(0, m[1]!.length).trim();
  return { prefix: /^and$/i.test(prefix) ? prefix.toLowerCase() : prefix, rest: text.slice(m[0].length) };
}

const CLAUSE = /,\s+((?:which|where|who|whose|quoting|citing|noting|arguing|discussing|describing|explaining|suggesting|showing|concluding|reporting|emphasis|translation|italics|my|our)\b[^]*?)\s*\.?\s*$/i;
const PARENTHETICAL = /\s+(\((?:emphasis|italics|translation|quoting|citing|noting|holding|discussing|describing|explaining|arguing|my|our|internal|alteration|footnote|citations?)\b[^()]*\))\s*\.?\s*$/i;
const BIBLIOGRAPHIC = /^(?:translated|edited|ed\.|eds\.|accessed|retrieved|available|reprinted|originally|in|vol\.|no\.|last|published|updated|posted|manual|working|report|master|phd|doctoral)\b/i;

/** Whether a sentence reads as prose about the source rather than part of the reference. */
function isProse(sentence: string): boolean {
  const words = sentence.replace(/[.!?]$/, '').split(/\s+/);
  if (words.length < 5 || /\d|https?:|www\.|[*“"«]/.test(sentence) || BIBLIOGRAPHIC.test(sentence)) return false;
  const lower = words.filter((w) => /^\p{Ll}{2,}[,;:]?$/u.test(w)).length;
  return lower >= 3 && lower / words.length >= 0.4;
}

/** The commentary after the source (a clause, a parenthetical, closing sentences), and the rest. */
export function takeSuffix(text: string): { suffix?: string; rest: string } {
  const masked = maskProtected(text);
  for (const pattern of [CLAUSE, PARENTHETICAL]) {
    const m = pattern.exec(masked);
    if (m) {
      const start = m.index + m[0].indexOf(m[1]!);
      const suffix = text.slice(start).trim();
      return { suffix: suffix.replace(/\.$/, ''), rest: `${text.slice(0, m.index).trim()}.` };
    }
  }
  // Closing sentences: each ". Capitalised prose." at the end, once a reference stands before them.
  let end = text.length;
  let cut = -1;
  for (;;) {
    const before = masked.slice(0, end).replace(/\s+$/, '');
    const boundary = before.slice(0, -1).search(/[.!?]\s+\p{Lu}[^.!?]*[.!?]?$/u);
    if (boundary < 20) break;
    const sentence = text.slice(boundary + 1, end).trim();
    if (!isProse(sentence)) break;
    cut = boundary + 1;
    end = boundary + 1;
  }
  if (cut < 0) return { rest: text };
  return { suffix: text.slice(cut).trim(), rest: text.slice(0, cut).trim() };
}
