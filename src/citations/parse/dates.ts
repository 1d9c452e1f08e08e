import { cslDate, type CslDate } from '../../domain/csl.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** A date found in text, with where it stands. */
export interface FoundDate {
  date: CslDate;
  start: number;
  end: number;
}

function month(name: string): number {
  const key = name.toLowerCase().replace('.', '');
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)] ?? 0;
}

function valid(year: number, m?: number, d?: number): CslDate | null {
  if (year < 1000 || year > 2999) return null;
  if (m !== undefined && (m < 1 || m > 12)) return null;
  if (d !== undefined && m !== undefined) {
    const probe = new Date(Date.UTC(year, m - 1, d));
    if (probe.getUTCMonth() !== m - 1) return null;
  }
  return cslDate(year, m, d);
}

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => CslDate | null]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/gi, (m) => valid(+m[1]!, +m[2]!, +m[3]!)],
  [new RegExp(`\\b(\\d{4}),\\s+${MONTH}\\s+(\\d{1,2})\\b`, 'gi'), (m) => valid(+m[1]!, month(m[2]!), +m[3]!)],
  [new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi'), (m) => valid(+m[3]!, month(m[2]!), +m[1]!)],
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi'), (m) => valid(+m[3]!, month(m[1]!), +m[2]!)],
  [new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, 'gi'), (m) => valid(+m[2]!, month(m[1]!))],
  [/(?<![\d/.-])(1[5-9]\d{2}|20\d{2})[a-z]?(?![\d/-]|\.\d)/g, (m) => valid(+m[1]!)],
];

// In a note in the Arabic script, a year of the Persian (solar) or Islamic calendar: 1300–1499
// in parentheses or after a comma ("(تهران: نشر نی, 1395)").
const SCRIPT_YEAR: [RegExp, (m: RegExpExecArray) => CslDate | null] = [/(?<=[(,]\s*|[\p{L}]\s)(1[34]\d{2})(?=\s*(?:[),.]|ه\.?\s?[شق]|$))/gu, (m) => valid(+m[1]!)];

/**
 * Every date in `text` (ISO, "3 MAR 2009", "March 3, 2009", "May 2019", a bare year),
 * most specific first where they overlap, in the order they appear.
 */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const [pattern, build] of /\p{Script=Arabic}/u.test(text) ? [...PATTERNS, SCRIPT_YEAR] : PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const date = build(m);
      if (date) found.push({ date, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
