/** The CSL locator label for each way notes write one ("p.", "chap.", "¶", "§", "at"…). */
const LABELS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:pp?\.?|pages?|at)$/i, 'page'],
  [/^(?:chaps?\.|ch\.|chapters?)$/i, 'chapter'],
  [/^(?:paras?\.|paragraphs?|¶¶?)$/i, 'paragraph'],
  [/^(?:secs?\.|sections?|§§?)$/i, 'section'],
  [/^(?:figs?\.|figures?)$/i, 'figure'],
  [/^(?:nn?\.|notes?)$/i, 'note'],
  [/^(?:ll?\.|lines?)$/i, 'line'],
  [/^(?:cols?\.|columns?)$/i, 'column'],
  [/^(?:tbl\.|tables?)$/i, 'table'],
  [/^(?:fols?\.|folios?)$/i, 'folio'],
];

/** The words that introduce a locator, as a regular-expression alternative. */
export const LOCATOR_WORD = '(?:pp?\\.|pages?|chaps?\\.|ch\\.|chapter|paras?\\.|paragraphs?|¶¶?|secs?\\.|sections?|§§?|figs?\\.|figure|nn?\\.|notes?|ll\\.|lines?|cols?\\.|tbl\\.|tables?|fols?\\.|folios?)';

/** One locator value: "45", "45–46, 52", "vii", "201n14", "2:115", "2.3", "A6", "00:12:45", "300f". */
export const LOCATOR_VALUE = '(?:\\d{1,2}:\\d{2}(?::\\d{2})?|[A-Z]?\\d+[a-z]?(?:[.:]\\d+)*(?:nn?\\.?\\s?\\d+)?|[ivxlc]+)(?:\\s*[-–—]\\s*(?:[A-Z]?\\d+[a-z]?(?:[.:]\\d+)*|[ivxlc]+))?(?:,\\s*\\d+(?:\\s*[-–—]\\s*\\d+)?(?![\\d(]))*';

/** The CSL label of a locator word; a clock-like value is a timestamp. */
export function locatorLabel(word: string | undefined, value: string): string {
  if (/^\d{1,2}:\d{2}:\d{2}$|^\d{1,2}:\d{2}$/.test(value) && (!word || /^at$/i.test(word))) return 'timestamp';
  if (!word) return 'page';
  return LABELS.find(([pattern]) => pattern.test(word.trim()))?.[1] ?? 'page';
}

/** A locator as stored: ranges with an en dash, spacing tidied. */
export function tidyLocator(value: string): string {
  return value.replace(/\s*[-–—]\s*/g, '–').replace(/\s+/g, ' ').trim();
}
