const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: number, zone: string): number {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    partsFormatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p['year']), Number(p['month']) - 1, Number(p['day']), Number(p['hour']), Number(p['minute']), Number(p['second']));
}

/** The wall-clock time of an instant in a time zone, as `YYYY-MM-DDTHH:MM` (a datetime-local value). */
export function toZonedLocal(iso: string, zone: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  return new Date(wallClock(instant, zone)).toISOString().slice(0, 16);
}

/**
 * The instant a wall-clock time (`YYYY-MM-DDTHH:MM[:SS]`) means in a time zone, as ISO 8601
 * UTC; null when the text is not such a time. In a spring-forward gap the later offset applies.
 */
export function fromZonedLocal(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!m) return null;
  const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  if (Number.isNaN(asUtc)) return null;
  // Offset at the guessed instant, then once more at the corrected one (DST changes).
  let instant = asUtc - (wallClock(asUtc, zone) - asUtc);
  instant = asUtc - (wallClock(instant, zone) - instant);
  return new Date(instant).toISOString();
}
