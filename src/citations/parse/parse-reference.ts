import type { CslDate, CslItem, CslName } from '../../domain/csl.js';
import { findDates } from './dates.js';
import { parseIbid } from './ibid.js';
import { markNote, PLACEHOLDER, placeholder } from './markup.js';
import { parseNames } from './names.js';
import { classifyType } from './reference-type.js';
import type { FoundUrl } from './urls.js';

/** A note read as a reference. */
export interface ParsedReference {
  csl: CslItem;
  /** Set when the note only repeats the previous source ("ibid"). */
  ibid: { locator: string | null } | null;
  urls: FoundUrl[];
  /** The note reads as a citation: a title plus an author, container, publisher, date or URL, and little else. */
  recognised: boolean;
  /** Whether the note presents itself as an online source ("Web.", "available at", an access date…). */
  web: boolean;
}

const ACCESS_BEFORE = /(?:accessed|retrieved|viewed|consulted|last visited|web\.?)\s*(?:on\s*)?:?\s*\(?$/i;
const WEB_MARKERS = /\b(web\.|online|website|web ?site|available (?:at|on|from)|accessed|retrieved|url)\b/i;
const ABBREVIATIONS = /(?:^|[\s.])(?:\p{Lu}|St|Dr|Mr|Mrs|Ms|Jr|Sr|vol|no|ed|eds|pp?|ch|Inc|Ltd|Co|n\.d|trans|rev|repr|Univ)$/iu;

function splitSegments(text: string): string[] {
  const segments: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/\.(?=\s|$)/g)) {
    const before = text.slice(start, m.index);
    if (ABBREVIATIONS.test(before)) continue;
    segments.push(before);
    start = m.index! + 1;
  }
  segments.push(text.slice(start));
  return segments.map((s) => s.trim()).filter((s) => s !== '' && !/^[\s,;:()]+$/.test(s));
}

function takeDates(text: string): { text: string; accessed?: CslDate; issued?: CslDate } {
  let out = text;
  let accessed: CslDate | undefined;
  let issued: CslDate | undefined;
  const dates = findDates(text);
  for (const [i, found] of [...dates.entries()].reverse()) {
    const lead = text.slice(Math.max(0, found.start - 30), found.start);
    if (!accessed && ACCESS_BEFORE.test(lead)) accessed = found.date;
    else issued = found.date;
    out = out.slice(0, found.start) + placeholder('D', i) + out.slice(found.end);
  }
  // The loop walks backwards, so `issued` ends as the first non-access date.
  return { text: out, ...(accessed ? { accessed } : {}), ...(issued ? { issued } : {}) };
}

function take(text: string, pattern: RegExp): [string | undefined, string] {
  const m = pattern.exec(text);
  if (!m) return [undefined, text];
  return [m[1]!.replace(/\s*[-–—]\s*/, '–'), text.slice(0, m.index) + text.slice(m.index + m[0].length)];
}

function plain(text: string): string {
  return text.replace(PLACEHOLDER, ' ').replace(/\(\s*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

const MEDIUM = /^(web|print|online|internet)$/i;

/**
 * Publisher and place: "New York: Walker, 1995" or "(Walker, 1995)" in a segment after the
 * title, or APA's closing "IWA Publishing." when the segment is just a short name.
 */
function publisherOf(segments: string[]): { publisher?: string; place?: string } {
  for (const segment of segments) {
    const m = /(?:^|\(|,\s+|\uE001[,\s]*\(?)\s*(?:([\p{L} .,'’-]{2,40}):\s*)?([\p{Lu}][\p{L}&.'’ -]{1,60}?),\s*(?:\uE000D\d+\uE001|n\.d\.)/u.exec(segment);
    if (m && !MEDIUM.test(m[2]!.trim())) return { publisher: m[2]!.trim(), ...(m[1] ? { place: m[1].trim() } : {}) };
  }
  const last = segments[segments.length - 1]?.trim() ?? '';
  if (segments.length > 1 && /^[\p{Lu}][\p{L}&'’ -]{1,50}$/u.test(last) && !MEDIUM.test(last) && last.split(/\s+/).length <= 6) {
    return { publisher: last };
  }
  return {};
}

/**
 * Reads a note (Markdown source) as a reference: MLA- and Chicago-like strings, bare or
 * bracketed URLs, quoted and italic titles, access dates, pages; "ibid" notes are marked.
 */
export function parseReference(markdown: string): ParsedReference {
  const ibid = parseIbid(markdown);
  if (ibid) return { csl: { type: 'document' }, ibid, urls: [], recognised: false, web: false };

  const marked = markNote(markdown);
  const web = WEB_MARKERS.test(markdown) || marked.urls.length > 0;
  const dated = takeDates(marked.text);
  let text = dated.text;
  let page: string | undefined;
  [page, text] = take(text, /,?\s*\b(?:pp?\.|pages?)\s*([\divxlc]+(?:\s*[-–—]\s*[\divxlc]+)?)/i);
  if (!page) [page, text] = take(text, /\)\s*:\s*(\d+(?:\s*[-–—]\s*\d+)?)/);
  const [volume, withoutVolume] = take(text, /,?\s*\bvol(?:ume)?\.?\s*(\d+)/i);
  const [issue, withoutIssue] = take(withoutVolume, /,?\s*\b(?:no|issue)\.?\s*(\d+)/i);
  text = withoutIssue;
  const doi = /\b(10\.\d{4,9}\/[^\s"<>]+?)[.,;]?(?:\s|$)/.exec(markdown)?.[1];

  const segments = splitSegments(text);
  const titleAt = segments.findIndex((s) => /\uE000[QI]\d+\uE001/.test(s));
  let author: CslName[] | null = null;
  let title: string | undefined;
  let container: string | undefined;
  const quoted = marked.quoted[0];
  const italic = marked.italics[0];
  if (titleAt >= 0) {
    const lead = segments[titleAt]!.slice(0, segments[titleAt]!.search(/\uE000[QI]/)).replace(/[,:\s]+$/, '');
    author = titleAt > 0 ? parseNames(plain(segments[0]!)) : lead ? parseNames(lead) : null;
    title = quoted ?? italic;
    container = quoted && marked.italics.length > 0 ? marked.italics[0] : undefined;
  } else if (segments.length >= 3) {
    // "Smith, John. Budget Office Update. City Times, 3 May 2009." — no markup at all.
    author = parseNames(plain(segments[0]!));
    if (author) {
      title = plain(segments[1]!) || undefined;
      const next = plain(segments[2]!.replace(/,\s*\uE000D\d+\uE001.*$/, ''));
      if (next && !/^(web|print|online)$/i.test(next) && next.length < 80) container = next;
    }
  }
  title ??= marked.linkLabels[0];
  const found = publisherOf(segments.slice(Math.max(titleAt, 0) + (titleAt >= 0 ? 0 : 1)));
  const publisher = found.publisher && found.publisher !== container ? found.publisher : undefined;
  const place = publisher ? found.place : undefined;
  const chapter = /\bIn\s+\uE000I\d+\uE001/.test(text);
  const url = marked.urls.find((u) => u.url !== '' && u.problem !== 'no-host')?.url;

  const csl: CslItem = { type: 'document' };
  if (title) csl.title = title;
  if (author) csl.author = author;
  if (container) csl['container-title'] = container;
  if (publisher) csl.publisher = publisher;
  if (place) csl['publisher-place'] = place;
  if (dated.issued) csl.issued = dated.issued;
  if (dated.accessed) csl.accessed = dated.accessed;
  if (url) csl.URL = url;
  if (doi) csl.DOI = doi;
  if (page) csl.page = page;
  if (volume) csl.volume = volume;
  if (issue) csl.issue = issue;
  csl.type = classifyType(csl, { web, quotedTitle: quoted !== undefined, chapter });

  const accounted = [author ? plain(segments[0]!) : '', publisher ?? '', place ?? '', container && titleAt < 0 ? container : '', titleAt < 0 && title ? title : ''];
  let leftover = plain(text);
  for (const part of accounted) if (part) leftover = leftover.replace(part, ' ');
  leftover = leftover.replace(/\b(web|print|online|accessed|retrieved|available|at|on|from|n\.d\.?|in|ed|eds|edition|revised|trans|translated|by|see|ch|chap|book|table|fig)\b\.?/gi, ' ').replace(/[\s.,;:()[\]–—-]+/g, ' ').trim();
  // Two titles separated by ";" are two sources in one note: leave it as the writer wrote it.
  const several = marked.italics.length + marked.quoted.length > 1 && /;/.test(text);
  const recognised = !several && Boolean(title) && Boolean(author || container || publisher || dated.issued || url) && leftover.length <= 40;
  return { csl, ibid: null, urls: marked.urls, recognised, web };
}
