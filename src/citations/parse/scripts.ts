// Notes written in Arabic, Persian or French carry the same parts as English ones under other
// signs: Arabic-Indic (٠-٩) and Persian (۰-۹) digits, the Arabic comma ، and semicolon ؛,
// « guillemets », and their own words for page, volume, issue and ibid. Before a note is read,
// those signs are put in the forms the reader knows; titles (quoted or italic) keep theirs.

/** Letters of the Arabic script (Arabic, Persian, Urdu…). */
export const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

const DIGIT_BASES = [0x0660, 0x06f0];

/** Arabic-Indic and Persian digits as ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    const base = DIGIT_BASES.find((b) => code >= b && code <= b + 9)!;
    return String(code - base);
  });
}

// Word boundaries of the Arabic script: \b knows only ASCII word characters.
const B = '(?<![\\p{L}\\p{M}])';
const E = '(?![\\p{L}\\p{M}])';

/** Locator and numbering words of Arabic, Persian and French notes, as the English the reader knows. */
const WORDS: ReadonlyArray<[RegExp, string]> = [
  // Ibid: Arabic "المرجع نفسه", "المصدر نفسه", "نفسه", "م.ن."; Persian "همان", "همان‌جا".
  [new RegExp(`^\\s*(?:المرجع السابق نفسه|المرجع نفسه|المصدر نفسه|المصدر السابق|نفسه|م\\.\\s?ن\\.|همان(?:\\u200cجا|جا)?)${E}\\.?`, 'u'), 'Ibid.'],
  // Pages: ص / صص (صفحة), Persian ص / صص / صفحه.
  [new RegExp(`${B}(?:صص|صفحات|صفحه‌های)${E}\\.?\\s*(?=\\d)`, 'gu'), 'pp. '],
  [new RegExp(`${B}(?:ص|صفحة|صفحه)${E}\\.?\\s*(?=\\d)`, 'gu'), 'p. '],
  // Volume: المجلد, مج, مجلد, Persian جلد, ج, دوره; French "t." (tome).
  [new RegExp(`${B}(?:المجلد|مجلد|مج|جلد|ج|دوره|دورهٔ)${E}\\.?\\s*(?=\\d)`, 'gu'), 'vol. '],
  [/(?<![\p{L}])t\.\s*(?=\d)/gu, 'vol. '],
  // Issue: العدد, عدد, ع, Persian شماره, شمارهٔ; French n°, nº, no (without a dot).
  [new RegExp(`${B}(?:العدد|عدد|ع|شماره|شمارهٔ)${E}\\.?\\s*(?=\\d)`, 'gu'), 'no. '],
  [/(?<![\p{L}])n[°º]\s*(?=\d)/gu, 'no. '],
  [/(?<![\p{L}])no\s+(?=\d)/gu, 'no. '],
];

const ordinal = (n: string) => `${n}${/1\d$/.test(n) ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<string, string>)[n.slice(-1)] ?? 'th'} ed.`;

/** Edition: Arabic ط. / الطبعة, Persian چاپ, French "2e éd." */
const EDITIONS: ReadonlyArray<RegExp> = [
  new RegExp(`${B}(?:ط|الطبعة|طبعة|چاپ)${E}\\.?\\s*(\\d{1,2})(?!\\d)`, 'gu'),
  /(?<![\p{L}\d])(\d{1,2})(?:e|ème|re|ère)\s+(?:éd\.|édition)/gu,
];

/** A quoted or italic title: its signs are the writer's and are kept. */
// Each span excludes its own opening sign: a run of unclosed « or “ is read in linear time.
const TITLE = /(\*[^*\n]+\*|_[^_\n]+_|«[^«»\n]*»|“[^“”\n]*”|"[^"\n]*")/u;

/** Longer notes are read as written (as the reader does): no normalising either. */
const LONGEST = 5000;

/**
 * The note as the reader parses it: outside titles, Arabic-Indic and Persian digits become
 * ASCII, ، and ؛ become ", " and "; ", « » become “ ”, French spaces before : ; are dropped,
 * and Arabic, Persian and French words for page, volume, issue and ibid become p., vol., no.
 * and Ibid. A note in none of these shapes comes back unchanged.
 */
export function normaliseNoteScripts(markdown: string): string {
  if (markdown.length > LONGEST || !/[\u0600-\u06ff«»°º\u00a0\u202f]|(?<![\p{L}])(?:no|t\.)\s*\d|\d(?:e|ème|re|ère)\s+éd/u.test(markdown)) return markdown;
  const parts = markdown.split(TITLE);
  const out = parts.map((part, i) => {
    if (i % 2 === 1) return part.startsWith('«') ? `“${part.slice(1, -1).trim()}”` : part;
    let text = asciiDigits(part)
      .replace(/\s*،\s*/g, ', ')
      .replace(/\s*؛\s*/g, '; ')
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+([:;])(?=\s)/g, '$1');
    for (const [pattern, english] of WORDS) text = text.replace(pattern, english);
    for (const pattern of EDITIONS) text = text.replace(pattern, (_all, n: string) => ordinal(n));
    return text;
  });
  return out.join('').replace(/\s{2,}/g, ' ');
}
