/**
 * Arabic-script spellings that readers type interchangeably, folded to one form so a word
 * matches however it was written: alef with hamza or madda and alef wasla (أ إ آ ٱ → ا),
 * alef maksura and Persian yeh (ى ی → ي), Persian keheh (ک → ك), teh marbuta (ة → ه);
 * tatweel and harakat (short-vowel marks) are removed. Applied to both the indexed text and
 * the query, on both engines (SQLite's unicode61 splits words at harakat; PostgreSQL keeps them).
 */
export const ARABIC_FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['\u0623', '\u0627'], ['\u0625', '\u0627'], ['\u0622', '\u0627'], ['\u0671', '\u0627'],
  ['\u0649', '\u064A'], ['\u06CC', '\u064A'],
  ['\u06A9', '\u0643'],
  ['\u0629', '\u0647'],
  ['\u0640', ''],
  // Harakat (fathatan … sukun) and the superscript alef.
  ...Array.from({ length: 8 }, (_, i) => [String.fromCharCode(0x064b + i), ''] as const),
  ['\u0670', ''],
];

const FOLDED = new RegExp(`[${ARABIC_FOLDS.map(([from]) => from).join('')}]`, 'g');
const TO = new Map(ARABIC_FOLDS);

/** Text with Arabic letter variants folded (see ARABIC_FOLDS); other scripts are untouched. */
export function foldArabic(text: string): string {
  return text.replace(FOLDED, (c) => TO.get(c) ?? c);
}
