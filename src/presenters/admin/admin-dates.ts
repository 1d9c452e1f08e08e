import { toZonedLocal } from '../../domain/time-zone.js';
import type { DateView } from '../view-models.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
    formatters.set(zone, f);
  }
  return f;
}

/** A time with date and clock time, for the admin, in the site's time zone (named). */
export function presentDateTime(iso: string | null, zone = 'UTC'): DateView | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return { iso: date.toISOString(), label: `${formatter(zone).format(date)} ${zone === 'UTC' ? 'UTC' : `(${zone})`}` };
}

/** An ISO time as the value of a `datetime-local` input, in the site's time zone. */
export function toDateTimeLocal(iso: string | null, zone = 'UTC'): string {
  return iso ? toZonedLocal(iso, zone) : '';
}
