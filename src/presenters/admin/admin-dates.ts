import { toZonedLocal } from '../../domain/time-zone.js';
import { languageTag } from '../i18n/locale.js';
import type { DateView } from '../view-models.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

// English keeps the day-month-year order the admin always had ("1 Jun 2026, 12:00").
function formatter(zone: string, locale: string): Intl.DateTimeFormat {
  const key = `${zone}\u0000${locale}`;
  let f = formatters.get(key);
  if (!f) {
    const tag = languageTag(locale) === 'en' ? 'en-GB' : locale;
    try {
      f = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
    } catch {
      f = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
    }
    if (formatters.size > 500) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

/** A time with date and clock time, for the admin, in the site's time zone (named) and the admin's locale. */
export function presentDateTime(iso: string | null, zone = 'UTC', locale = 'en'): DateView | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return { iso: date.toISOString(), label: `${formatter(zone, locale).format(date)} ${zone === 'UTC' ? 'UTC' : `(${zone})`}` };
}

/** An ISO time as the value of a `datetime-local` input, in the site's time zone. */
export function toDateTimeLocal(iso: string | null, zone = 'UTC'): string {
  return iso ? toZonedLocal(iso, zone) : '';
}
