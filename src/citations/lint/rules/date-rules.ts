import { m } from '../../../domain/errors.js';
import { cslDateToIso, type CslDate } from '../../../domain/csl.js';
import { diagnostic, type Rule } from './rule-context.js';

// Made on first use: the first Intl formatter of a process loads locale data, which the
// server would otherwise pay at start-up for a rule it runs only when a note is linted.
let long: Intl.DateTimeFormat | undefined;

function show(date: CslDate): string {
  const [y, m, d] = date['date-parts'][0]!;
  long ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (y !== undefined && m !== undefined && d !== undefined) return long.format(new Date(Date.UTC(y, m - 1, d)));
  return cslDateToIso(date) ?? '';
}

/** Compares two CSL dates at the precision both have; negative when a is earlier. */
function compare(a: CslDate, b: CslDate): number {
  const pa = a['date-parts'][0]!;
  const pb = b['date-parts'][0]!;
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/** An access date earlier than the source's own publication date. */
export const accessBeforePublication: Rule = ({ references }) =>
  references
    .filter((r) => !r.parsed.ibid && r.csl.accessed && r.csl.issued && compare(r.csl.accessed, r.csl.issued) < 0)
    .map((r) =>
      diagnostic('access-before-publication', 'error', r.definition.position,
        m`Note ${r.number} says the source was accessed on ${show(r.csl.accessed!)}, before it was published (${show(r.csl.issued!)}). Check both dates.`, r.number),
    );

/** An access date in the future. */
export const accessInFuture: Rule = ({ references, now }) => {
  const today = { 'date-parts': [[now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()]] };
  return references
    .filter((r) => !r.parsed.ibid && r.csl.accessed && compare(r.csl.accessed, today) > 0)
    .map((r) =>
      diagnostic('access-in-future', 'error', r.definition.position,
        m`Note ${r.number} says the source was accessed on ${show(r.csl.accessed!)}, which is in the future. Check the date.`, r.number),
    );
};
