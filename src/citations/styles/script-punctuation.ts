const ARABIC_LETTER = /\p{Script=Arabic}/u;

/**
 * A note rendered in the Arabic or Persian locale, with Arabic-script text in it, takes the
 * script's own comma and semicolon (، ؛) where the style wrote ", " and "; ". Only text between
 * tags changes (never a link's address); any other locale or a note without Arabic script is kept.
 */
export function localPunctuation(html: string, locale: string): string {
  if (!/^(ar|fa)\b/i.test(locale) || !ARABIC_LETTER.test(html.replace(/<[^>]*>/g, ''))) return html;
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/,(?=[\s”’"»])/g, '،').replace(/;(?=\s)/g, '؛')))
    .join('');
}
