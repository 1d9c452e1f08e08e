const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * The access date a note states ("accessed 14 June 2020", "retrieved June 14, 2020",
 * "accessed: 2020-06-14"), as YYYY-MM-DD; null when it states none or an impossible one.
 */
export function extractAccessDate(noteText: string): string | null {
  const match = /\b(?:accessed|retrieved|consulted|viewed)\b[:\s]*(?:on\s+)?([^()<>\n]{6,40})/i.exec(noteText);
  if (!match) return null;
  const phrase = match[1]!;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(phrase);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(phrase);
  if (m && monthNumber(m[2]!) > 0) return isoDate(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(phrase);
  if (m && monthNumber(m[1]!) > 0) return isoDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  return null;
}
