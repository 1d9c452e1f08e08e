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

/**
 * Labels already formatted, by language, zone, style and time: a page shows the same
 * dates request after request (its own, its related cards', its comments'), and Intl's
 * formatting was a few percent of a rendered page. A pure function of its key, so shared
 * by every reader; emptied when full, which only costs formatting again.
 */
const labels = new Map<string, DateView>();
const MAX_LABELS = 20_000;

function remembered(key: string, make: () => DateView | null): DateView | null {
  const kept = labels.get(key);
  if (kept) return kept;
  const made = make();
  if (made) {
    if (labels.size >= MAX_LABELS) labels.clear();
    labels.set(key, made);
  }
  return made;
}

/** An ISO time as `<time datetime>` value and a long, localised date in the site's time zone. */
export function presentDate(iso: string | null, language: string, zone = 'UTC'): DateView | null {
  if (!iso) return null;
  return remembered(`d|${language}|${zone}|${iso}`, () => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return null;
    return { iso: date.toISOString(), label: formatter(language, zone, false).format(date) };
  });
}

/** The same with the clock time, and the zone named. */
export function presentDateAndTime(iso: string, language: string, zone = 'UTC'): DateView | null {
  return remembered(`t|${language}|${zone}|${iso}`, () => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return null;
    return { iso: date.toISOString(), label: `${formatter(language, zone, true).format(date)} ${zone === 'UTC' ? 'UTC' : `(${zone})`}` };
  });
}
