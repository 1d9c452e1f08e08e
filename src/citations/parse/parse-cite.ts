import type { CslDate, CslItem, CslName } from '../../domain/csl.js';
import { findDates } from './dates.js';
import { parseLegal } from './legal.js';
import { LOCATOR_VALUE, LOCATOR_WORD, locatorLabel, tidyLocator } from './locators.js';
import { markNote, PLACEHOLDER, placeholder } from './markup.js';
import { parseNames } from './names.js';
import { classifyType } from './reference-type.js';

/** One source of a note, read with its pinpoint (the signal and commentary around it are set by the caller). */
export interface ParsedCite {
  csl: CslItem;
  locator?: string;
  /** The CSL label of the locator ("page", "chapter", "paragraph", "timestamp"…). */
  label?: string;
  prefix?: string;
  suffix?: string;
  /** The text reads as a citation: a title plus an author, container, publisher, date or URL, and little else. */
  recognised: boolean;
  /** Whether it presents itself as an online source ("Web.", "available at", an access date…). */
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

/** Where a match starts once the ", " before it is counted in (patterns do not start with `,?\s*`: that would try every position of a long note). */
function withComma(text: string, index: number): number {
  return index - (/,?\s*$/.exec(text.slice(Math.max(0, index - 20), index))?.[0].length ?? 0);
}

function take(text: string, pattern: RegExp): [string | undefined, string] {
  const m = pattern.exec(text);
  if (!m) return [undefined, text];
  return [m[1]!.replace(/\s*[-–—]\s*/, '–'), text.slice(0, withComma(text, m.index)) + text.slice(m.index + m[0].length)];
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
    const m = /(?:^|\(|,\s+|\uE001[,\s]*\(?)\s*(?:([\p{L}\p{M}\u200c .,'’-]{2,40}):\s*)?([\p{Lu}\p{Script=Arabic}][\p{L}\p{M}\u200c&.'’ -]{1,60}?),\s*(?:\uE000D\d+\uE001|n\.d\.)/u.exec(segment);
    if (m && !MEDIUM.test(m[2]!.trim())) return { publisher: m[2]!.trim(), ...(m[1] ? { place: m[1].trim() } : {}) };
  }
  const last = segments[segments.length - 1]?.trim() ?? '';
  const placed = /^([\p{Lu}\p{Script=Arabic}][\p{L}\p{M}\u200c .,'’-]{1,40}):\s*([\p{Lu}\p{Script=Arabic}][\p{L}\p{M}\u200c&'’ -]{1,50})$/u.exec(last);
  if (segments.length > 1 && placed && !MEDIUM.test(placed[2]!)) return { publisher: placed[2]!.trim(), place: placed[1]!.trim() };
  if (segments.length > 1 && /^[\p{Lu}\p{Script=Arabic}][\p{L}\p{M}\u200c&'’ -]{1,50}$/u.test(last) && !MEDIUM.test(last) && last.split(/\s+/).length <= 6) {
    return { publisher: last };
  }
  return {};
}

const LABELLED = new RegExp(`(?<![\\p{L}])(${LOCATOR_WORD})\\s*(${LOCATOR_VALUE})`, 'iu');
const TIMESTAMP = /\bat\s+(\d{1,2}:\d{2}(?::\d{2})?)\b/i;
const AFTER_COLON = new RegExp(`\\)\\s*:\\s*(${LOCATOR_VALUE})`);
const TRAILING = new RegExp(`([,)\\uE001]|\\uE001\\s)\\s*,?\\s*(${LOCATOR_VALUE})\\s*[.,]?\\s*((?:\\uE000U\\d+\\uE001[\\s.,]*)*)$`);
const RANGE = /[-–—]/;

/** A pinpoint or page found in the text, before it is known whether the source is part of a container. */
interface Place {
  value: string;
  label: string;
  /** The number could be the item's own page (extent) rather than a pinpoint. */
  pageLike: boolean;
  /** What follows a range: "101–19, 105" gives the page 101–19 and the pinpoint 105. */
  pinpoint?: string;
}

function findPlace(input: string): { place?: Place; text: string } {
  let m = TIMESTAMP.exec(input);
  if (m) return { place: { value: m[1]!, label: 'timestamp', pageLike: false }, text: input.slice(0, withComma(input, m.index)) + input.slice(m.index + m[0].length) };
  m = LABELLED.exec(input);
  if (m) {
    const value = tidyLocator(m[2]!);
    const label = locatorLabel(m[1], value);
    return { place: { value, label, pageLike: label === 'page' }, text: input.slice(0, withComma(input, m.index)) + input.slice(m.index + m[0].length) };
  }
  m = AFTER_COLON.exec(input);
  if (m) {
    const [range, ...pins] = tidyLocator(m[1]!).split(/,\s*/);
    const place: Place = RANGE.test(range!)
      ? { value: range!, label: 'page', pageLike: true, ...(pins.length ? { pinpoint: pins.join(', ') } : {}) }
      : { value: [range, ...pins].join(', '), label: 'page', pageLike: false };
    return { place, text: `${input.slice(0, m.index)}) ${input.slice(m.index + m[0].length)}` };
  }
  // A chapter's pages before the publication facts: "In *Book*, edited by X, 77–95. Madrid: …".
  m = /,\s*(\d+\s*[-–—]\s*\d+)\.\s+(?=\p{Lu})/u.exec(input);
  if (m) return { place: { value: tidyLocator(m[1]!), label: 'page', pageLike: true }, text: `${input.slice(0, m.index)}. ${input.slice(m.index + m[0].length)}` };
  m = TRAILING.exec(input);
  if (m && !/^\d{4}$/.test(m[2]!.trim())) {
    const value = tidyLocator(m[2]!);
    const afterDate = /\uE000D\d+\uE001\s*$/.test(input.slice(0, m.index + m[1]!.length - (m[1] === ',' ? 1 : 0)).replace(/,\s*$/, ''));
    const place: Place = { value, label: locatorLabel(undefined, value), pageLike: afterDate || /^[A-Z]\d+$/.test(value) || RANGE.test(value) };
    return { place, text: `${input.slice(0, m.index)}${m[1]!.startsWith('\uE001') ? '\uE001' : m[1] === ')' ? ')' : ''}. ${m[3] ?? ''}` };
  }
  return { text: input };
}

/** "*Journal of Water* 12, no. 3", "*Journal*, *12*(3)", "*Journal*, 12(3)": the volume (and issue) after the container. */
function volumeAfter(text: string, containerIndex: number, italics: string[]): { volume?: string; issue?: string; text: string } {
  const m = new RegExp(`\\uE000I${containerIndex}\\uE001\\s*,?\\s*(?:\\uE000I(\\d+)\\uE001|(\\d{1,4}))(?:\\s*\\((\\d+)\\))?(?=\\s*[,(:.]|\\s*$)`).exec(text);
  if (!m) return { text };
  const volume = m[1] !== undefined ? italics[Number(m[1])] : m[2];
  if (!volume || !/^\d{1,4}$/.test(volume)) return { text };
  return { volume, ...(m[3] ? { issue: m[3] } : {}), text: `${text.slice(0, m.index)}\uE000I${containerIndex}\uE001${text.slice(m.index + m[0].length)}` };
}

const THESIS = /\b(PhD diss\.|Ph\.D\. diss\.|doctoral dissertation\b|master[’']s thesis\b|MA thesis\b|thesis\b|dissertation\b)/i;
const LEFTOVER_WORDS = /\b(web|print|online|accessed|retrieved|available|at|on|from|n\.d\.?|in|ed|eds|edition|edited|revised|trans|translated|by|see|ch|chap|book|table|fig|diss|phd|doctoral|dissertation|master[’']s|thesis|dataset|data set|podcast|report|no|post|last modified|version)\b\.?/gi;

/**
 * Reads one source of a note (Markdown source): MLA-, Chicago-, APA- and Harvard-like
 * strings, Bluebook-like legal citations, bare or bracketed URLs, quoted and italic titles,
 * access dates, volume, issue, edition, the item's pages and the pinpoint locator.
 */
export function parseCite(markdown: string): ParsedCite {
  // Legal citations and pinpoints are short: a longer text is not searched for them (bounded time).
  const short = markdown.length <= 5000;
  const legal = short ? parseLegal(markdown) : null;
  if (legal) return { csl: legal.csl, ...(legal.locator ? { locator: legal.locator, label: legal.label } : {}), recognised: true, web: false };
  const marked = markNote(markdown);
  const web = WEB_MARKERS.test(markdown) || marked.urls.length > 0;
  const dated = takeDates(marked.text);
  const [edition, withoutEdition] = take(dated.text, /\b(\d{1,2})(?:st|nd|rd|th)\s+(?:ed\.|edn\.?|edition)/i);
  let text = withoutEdition;
  const found = short ? findPlace(text) : { text };
  text = found.text;
  let volume: string | undefined;
  let issue: string | undefined;
  [volume, text] = take(text, /\bvol(?:ume)?\.?\s*(\d+)/i);
  [issue, text] = take(text, /\b(?:no|issue)\.?\s*(\d+)/i);
  const doi = /\b(10\.\d{4,9}\/[^\s"<>]+?)[.,;]?(?:\s|$)/.exec(markdown)?.[1];
  let segments = splitSegments(text);
  let titleAt = segments.findIndex((s) => /\uE000[QI]\d+\uE001/.test(s));
  let author: CslName[] | null = null;
  let title: string | undefined;
  let container: string | undefined;
  let containerIndex = -1;
  const quoted = marked.quoted[0];
  const italic = marked.italics[0];
  // APA: "Author (Year). Plain title. *Container*, *12*(3), 101–119." or "In Editor (Ed.), *Book*".
  const apa = titleAt >= 2 && /\(\s*\uE000D\d+\uE001[^)]*\)\s*$/.test(segments[0]!) && !/\uE000/.test(segments[1]!) && /^(?:in\s[^\uE000]*)?\uE000I0\uE001/i.test(segments[titleAt]!);
  if (apa) {
    author = parseNames(plain(segments[0]!));
    title = plain(segments[1]!);
    container = italic;
    containerIndex = 0;
  } else if (titleAt >= 0) {
    const lead = segments[titleAt]!.slice(0, segments[titleAt]!.search(/\uE000[QI]/)).replace(/\(\s*\uE000D\d+\uE001[^)]*\)/g, '').replace(/[,:\s]+$/, '');
    author = titleAt > 0 ? parseNames(plain(segments[0]!)) : lead ? parseNames(lead) : null;
    title = quoted ?? italic;
    if (quoted && marked.italics.length > 0) {
      container = italic;
      containerIndex = 0;
    }
  } else if (segments.length >= 3) {
    // "Smith, John. Budget Office Update. City Times, 3 May 2009." — no markup at all.
    author = parseNames(plain(segments[0]!));
    if (author) {
      title = plain(segments[1]!) || undefined;
      const next = plain(segments[2]!.replace(/,\s*\uE000D\d+\uE001.*$/, ''));
      if (next && !/^(web|print|online)$/i.test(next) && next.length < 80) container = next;
    }
  }
  const chapter = /\bIn\s+(?:[^\uE000]{0,80}\s)?\uE000I\d+\uE001/i.test(text) && (apa || Boolean(quoted));
  if (containerIndex >= 0 && !chapter) {
    const after = volumeAfter(text, containerIndex, marked.italics);
    if (after.volume) {
      volume ??= after.volume;
      issue ??= after.issue;
      text = after.text;
      segments = splitSegments(text);
      titleAt = segments.findIndex((s) => /\uE000[QI]\d+\uE001/.test(s));
    }
  }
  title ??= marked.linkLabels[0];
  const facts = publisherOf(segments.slice(Math.max(titleAt, 0) + (titleAt >= 0 ? 0 : 1)));
  const thesis = THESIS.exec(text);
  const publisher = facts.publisher && facts.publisher !== container && !(thesis && facts.publisher === thesis[1]) ? facts.publisher : undefined;
  const place = publisher ? facts.place : undefined;
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
  if (volume) csl.volume = volume;
  if (issue) csl.issue = issue;
  if (edition) csl.edition = edition;
  let locator: string | undefined;
  let label: string | undefined;
  if (found.place) {
    const { value, pageLike, pinpoint } = found.place;
    if (pageLike && (container || chapter)) {
      csl.page = value;
      if (pinpoint) [locator, label] = [pinpoint, 'page'];
    } else {
      [locator, label] = [value, found.place.label];
    }
  }
  csl.type = classifyType(csl, { web, quotedTitle: quoted !== undefined && !apa, chapter });
  if (thesis && !container) {
    csl.type = 'thesis';
    csl.genre = thesis[1]!;
  }
  if (/\[data ?set\]|\(data ?set\b/i.test(markdown)) csl.type = 'dataset';
  if (csl.type === 'report' && csl.issue) {
    csl.number = csl.issue;
    delete csl.issue;
  }
  const accounted = [author ? plain(segments[0]!) : '', publisher ?? '', place ?? '', container && titleAt < 0 ? container : '', titleAt < 0 && title ? title : '', apa && title ? title : ''];
  let leftover = plain(text);
  for (const part of accounted) if (part) leftover = leftover.replace(part, ' ');
  leftover = leftover.replace(LEFTOVER_WORDS, ' ').replace(/[\s.,;:()[\]–—-]+/g, ' ').trim();
  // A number the reading did not place ("item 7", "MS 204") would vanish from a styled note: then it is not recognised.
  const unplaced = /\d/.test(leftover);
  const recognised = !unplaced && Boolean(title) && Boolean(author || container || publisher || dated.issued || url) && leftover.length <= 40;
  return { csl, ...(locator ? { locator, label: label ?? 'page' } : {}), recognised, web };
}
