import type { DateView } from './view-models.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string): Intl.DateTimeFormat {
  let f = formatters.get(language);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
    }
    formatters.set(language, f);
  }
  return f;
}

/** An ISO time as `<time datetime>` value and a long, localised label. */
export function presentDate(iso: string | null, language: string): DateView | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return { iso: date.toISOString(), label: formatter(language).format(date) };
}
