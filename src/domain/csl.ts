/** A name in CSL-JSON: a person (family/given) or an organisation (literal). */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** A CSL-JSON date: year, month, day (month and day optional). */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON fields Dossier fills from a note (the CSL 1.0.2 names). */
export interface CslItem {
  type: string;
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  DOI?: string;
  page?: string;
  volume?: string;
  issue?: string;
  edition?: string;
  /** A report's or a working paper's number, a bill's number. */
  number?: string;
  /** A statute's section (Bluebook "§ 301"). */
  section?: string;
  /** The court or body of a legal case ("9th Cir."). */
  authority?: string;
  genre?: string;
  version?: string;
  archive?: string;
  archive_location?: string;
  /** Explanatory text around the citation that is not part of it. */
  note?: string;
}

/**
 * One source as cited in one note: the source (CSL-JSON item) and what belongs to this
 * citation rather than to the source, as CSL citation items name them: a pinpoint locator
 * with its label ("page", "chapter", "paragraph", "section", "timestamp"…, never the
 * item's own page range), and the text before ("See", "Cf.") and after it (commentary).
 */
export interface CslCite {
  itemData: CslItem;
  locator?: string;
  label?: string;
  prefix?: string;
  suffix?: string;
}

// Before cites were kept, a book's or report's pinpoint was stored as its page, and an
// "ibid" note's as the page of the source it repeats.
const PAGE_WAS_PINPOINT = new Set(['book', 'report', 'webpage', 'document', 'thesis']);

/** The cites of a stored note; for a note stored before cites were kept, its one source with the page read as it was meant. */
export function noteCites(note: { csl: CslItem; cites?: CslCite[] | undefined; ibidOf: number | null }): CslCite[] {
  if (note.cites && note.cites.length > 0) return note.cites;
  const { page, ...rest } = note.csl;
  if (page && (note.ibidOf !== null || PAGE_WAS_PINPOINT.has(note.csl.type))) return [{ itemData: rest, locator: page, label: 'page' }];
  return [{ itemData: note.csl }];
}

/** Builds a CSL date from its parts, leaving out the ones that are unknown. */
export function cslDate(year: number, month?: number, day?: number): CslDate {
  const parts = [year];
  if (month) {
    parts.push(month);
    if (day) parts.push(day);
  }
  return { 'date-parts': [parts] };
}

/** A CSL date as YYYY, YYYY-MM or YYYY-MM-DD. */
export function cslDateToIso(date: CslDate | undefined): string | null {
  const parts = date?.['date-parts'][0];
  if (!parts || parts[0] === undefined) return null;
  return parts.map((p, i) => (i === 0 ? String(p).padStart(4, '0') : String(p).padStart(2, '0'))).join('-');
}
