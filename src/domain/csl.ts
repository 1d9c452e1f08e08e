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
  /** Explanatory text around the citation that is not part of it. */
  note?: string;
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
