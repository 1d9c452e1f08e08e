import type { CslItem } from '../../domain/csl.js';
import { cslDate } from '../../domain/csl.js';
import { parseNames } from './names.js';

/** A legal citation read from a note, with its pinpoint. */
export interface LegalCite {
  csl: CslItem;
  locator?: string;
  label?: string;
}

const REPORTER = "[\\p{Lu}][\\p{L}\\d.'’& ]{0,40}?";
const PIN = '(?:,\\s*(?:at\\s+)?(\\d+(?:\\s*[-–—]\\s*\\d+)?))?';
const CLOSE = '\\s*\\(([^()]*?)\\s*(\\d{4})\\)\\s*[.,;]?\\s*$';
const CASE = new RegExp(`^(.{3,200}?\\sv\\.\\s.{2,200}?),\\s+(\\d{1,4})\\s+(${REPORTER})\\s+(\\d{1,5})${PIN}${CLOSE}`, 'u');
const STATUTE = new RegExp(`^(?:(.{3,200}?),\\s+)?(\\d{1,3})\\s+(${REPORTER})\\s*§§?\\s*(\\d+[\\w.-]*)(?:\\s*\\(([^()]*?)\\s*(\\d{4})\\))?\\s*[.,;]?\\s*$`, 'u');
const ARTICLE = new RegExp(`^(.{3,120}?),\\s+(?:(?:Note|Comment),\\s+)?(.{3,300}?),\\s+(\\d{1,4})\\s+(${REPORTER})\\s+(\\d{1,5})${PIN}${CLOSE}`, 'u');

const range = (text: string) => text.replace(/\s*[-–—]\s*/, '–');

/**
 * Reads Bluebook-like legal citations: cases ("Smith v. Jones, 123 F.3d 456, 460 (9th Cir.
 * 1999)"), statutes ("42 U.S.C. § 300f (2018)") and law-review articles ("Ann Lee, *Title*,
 * 88 Yale L.J. 1021, 1030 (2012)"). Null when the note is none of these.
 */
export function parseLegal(markdown: string): LegalCite | null {
  const text = markdown.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
  const c = CASE.exec(text);
  if (c) {
    const authority = c[6]!.trim();
    const csl: CslItem = { type: 'legal_case', title: c[1]!.trim(), volume: c[2]!, 'container-title': c[3]!.trim(), page: c[4]!, issued: cslDate(Number(c[7])) };
    if (authority) csl.authority = authority;
    return { csl, ...(c[5] ? { locator: range(c[5]), label: 'page' } : {}) };
  }
  const s = STATUTE.exec(text);
  if (s) {
    const csl: CslItem = { type: 'legislation', volume: s[2]!, 'container-title': s[3]!.trim() };
    if (s[1]) csl.title = s[1].trim();
    if (s[6]) csl.issued = cslDate(Number(s[6]));
    return { csl, locator: s[4]!, label: 'section' };
  }
  const a = ARTICLE.exec(text);
  if (a) {
    const author = parseNames(a[1]!);
    if (!author) return null;
    const csl: CslItem = { type: 'article-journal', author, title: a[2]!.trim(), volume: a[3]!, 'container-title': a[4]!.trim(), page: a[5]!, issued: cslDate(Number(a[8])) };
    return { csl, ...(a[6] ? { locator: range(a[6]), label: 'page' } : {}) };
  }
  return null;
}
