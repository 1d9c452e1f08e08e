import type { DateView } from './view-models.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, zone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}|${zone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'long', timeStyle: 'short', timeZone: zone } : { dateStyle: 'long', timeZone: zone };
    try {
      f = new Intl.DateTimeFormat(language, options);
    } catch {
      f = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, f);
  }
  return f;
}

/** An ISO time as `<time datetime>` value and a long, localised date in the site's time zone. */
export function presentDate(iso: string | null, language: string, zone = 'UTC'): DateView | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return { iso: date.toISOString(), label: formatter(language, zone, false).format(date) };
}

/** The same with the clock time, and the zone named. */
export function presentDateAndTime(iso: string, language: string, zone = 'UTC'): DateView | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return { iso: date.toISOString(), label: `${formatter(language, zone, true).format(date)} ${zone === 'UTC' ? 'UTC' : `(${zone})`}` };
}
