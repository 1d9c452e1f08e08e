/** One archived capture of a URL, as an archive reports it. */
export interface ArchiveSnapshot {
  /** Where the archived copy can be read. */
  url: string;
  /** When it was captured, ISO 8601 UTC. */
  capturedAt: string;
  /** HTTP status the archive saw when capturing, null when it does not say. */
  status: number | null;
}

const DAY_MS = 86_400_000;
const WAYBACK_START = Date.UTC(1996, 0, 1);
/** Look-ups per URL at most: one at the access date, then ever further back. */
export const MAX_ARCHIVE_PROBES = 6;

/** `YYYYMMDDhhmmss` (or a prefix of it) as an ISO time; null when malformed. */
export function waybackToIso(timestamp: string): string | null {
  const m = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?$/.exec(timestamp);
  if (!m) return null;
  const [y, mo = '01', d = '01', h = '00', mi = '00', s = '00'] = m.slice(1).map((part) => part);
  const time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** An ISO time as a 14-digit Wayback timestamp. */
export function isoToWayback(iso: string): string {
  return iso.replace(/[-:T]/g, '').slice(0, 14);
}

/** The last instant of an access date (YYYY-MM-DD): a capture that day counts as "before". */
function endOfDay(accessDate: string): number {
  return Date.parse(`${accessDate}T23:59:59.000Z`);
}

const good = (s: ArchiveSnapshot) => s.status !== null && s.status >= 200 && s.status < 300;

/**
 * The snapshot to show for a note: the closest capture with a 2xx status taken on or
 * before the access date (the page as the writer saw it), else the closest one after it.
 * Without an access date, the newest good capture. Null when no capture was good.
 */
export function chooseSnapshot(candidates: readonly ArchiveSnapshot[], accessDate: string | null): ArchiveSnapshot | null {
  const usable = candidates.filter(good).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  if (usable.length === 0) return null;
  if (accessDate === null || Number.isNaN(endOfDay(accessDate))) return usable[usable.length - 1]!;
  const limit = endOfDay(accessDate);
  const before = usable.filter((s) => Date.parse(s.capturedAt) <= limit);
  if (before.length > 0) return before[before.length - 1]!;
  return usable[0]!;
}

/**
 * The next timestamp to ask an availability API (which answers the single closest capture,
 * either side) for, or null when the choice is settled. First the access date itself; then,
 * while no good capture before it is known, points ever further back (the gap triples), so
 * an earlier good capture is found even when a later one sits closer to the date; while no
 * good capture after it is known either, forward probes alternate with those, for the fallback.
 */
export function nextArchiveProbe(candidates: readonly ArchiveSnapshot[], accessDate: string | null, probesDone: number): string | null {
  if (probesDone === 0) return accessDate === null ? '' : accessDate.replace(/-/g, '');
  if (accessDate === null || probesDone >= MAX_ARCHIVE_PROBES || candidates.length === 0) return null;
  const limit = endOfDay(accessDate);
  if (Number.isNaN(limit)) return null;
  const usable = candidates.filter(good).map((s) => Date.parse(s.capturedAt));
  if (usable.some((t) => t <= limit)) return null;
  const haveAfter = usable.length > 0;
  const nearest = Math.min(...candidates.map((s) => Math.abs(Date.parse(s.capturedAt) - limit)));
  const i = probesDone - 1;
  const forward = !haveAfter && i % 2 === 1;
  const step = haveAfter ? i : Math.floor(i / 2);
  const gap = Math.max(DAY_MS, 2 * nearest) * 3 ** step;
  const at = forward ? limit + gap : limit - gap;
  // Nothing is archived before 1996: look forward instead while that is still open.
  if (at < WAYBACK_START) return haveAfter ? null : isoToWayback(new Date(limit + gap).toISOString());
  return isoToWayback(new Date(at).toISOString());
}
