import type { CslDate, CslName } from '../../domain/csl.js';

/** Longest text kept from any one metadata field: hostile pages cannot blow up a note. */
export const MAX_FIELD = 500;
/** Most authors kept from one record. */
export const MAX_AUTHORS = 50;

/** A field's text on one line, control characters dropped, capped; null when empty or not text. */
export function cleanText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  return text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD - 1)}…` : text;
}

/** "Smith, Jane", "Jane Smith" or an organisation's name as a CSL name. */
export function nameOf(raw: unknown): CslName | null {
  const text = cleanText(raw);
  if (!text) return null;
  const comma = /^([^,]+),\s*([^,]+)$/.exec(text);
  if (comma) return { family: comma[1]!.trim(), given: comma[2]!.trim() };
  const words = text.split(' ');
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w))) return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
  return { literal: text };
}

/** A CSL date from "2020", "2020-03", "2020-03-15", "2020/03/15", an ISO timestamp or "March 5, 2020". */
export function dateOf(raw: unknown): CslDate | null {
  const text = cleanText(raw);
  if (!text) return null;
  const iso = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ].*)?$/.exec(text);
  let parts: number[] | null = null;
  if (iso) parts = [Number(iso[1]), ...(iso[2] ? [Number(iso[2])] : []), ...(iso[3] ? [Number(iso[3])] : [])];
  else {
    const parsed = Date.parse(`${text} UTC`);
    const year = /\b(\d{4})\b/.exec(text);
    if (!Number.isNaN(parsed)) {
      const d = new Date(parsed);
      parts = /\b\d{1,2}\b/.test(text.replace(/\d{4}/, '')) ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] : [d.getUTCFullYear(), d.getUTCMonth() + 1];
    } else if (year) parts = [Number(year[1])];
  }
  if (!parts || parts[0]! < 1000 || parts[0]! > 2200) return null;
  if (parts[1] !== undefined && (parts[1] < 1 || parts[1] > 12)) parts = parts.slice(0, 1);
  if (parts[2] !== undefined && (parts[2] < 1 || parts[2] > 31)) parts = parts.slice(0, 2);
  return { 'date-parts': [parts] };
}

/** Today's date as a CSL `accessed` date. */
export function accessedOn(now: Date): CslDate {
  return { 'date-parts': [[now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()]] };
}
