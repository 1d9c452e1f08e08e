import type { DateView } from '../view-models.js';

const formatter = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** A time with date and clock time, for the admin (UTC, said so). */
export function presentDateTime(iso: string | null): DateView | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return { iso: date.toISOString(), label: `${formatter.format(date)} UTC` };
}

/** An ISO time as the value of a `datetime-local` input (UTC). */
export function toDateTimeLocal(iso: string | null): string {
  return iso ? iso.slice(0, 16) : '';
}
