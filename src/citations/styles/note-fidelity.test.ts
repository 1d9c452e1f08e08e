import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { REFERENCE_NOTES } from '../../../test/fixtures/reference-notes.js';
import type { DocumentNotes } from '../notes/document-notes.js';
import { numberReferences, type NumberedReference } from '../lint/references.js';
import { createCitationFormatter } from './citation-formatter.js';
import { formatItemOf } from './format-request.js';
import { CITATION_STYLES } from './style-registry.js';

// The guard of issue 12: a rendered note never says less than what the writer typed. For
// every note of the parser table and every shipped style, each year, volume, issue, page
// (any number outside URLs, DOIs, access dates and days of the month), the authors'
// family names, and the signal and commentary around a source appear in the rendered note.

const formatter = createCitationFormatter();
after(() => formatter.close());

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** "101–19" → "101–119", as styles that expand page ranges print it. */
function expandRanges(text: string): string {
  return text.replace(/(?<!\d)(\d+)\s*[-–—]\s*(\d+)(?!\d|\.\d)/g, (_all, from: string, to: string) =>
    `${from}–${to.length < from.length ? from.slice(0, from.length - to.length) + to : to}`);
}

/** The numbers a rendering must keep, read from the raw note without the parser. */
export function numbersToKeep(raw: string): string[] {
  const text = raw
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/<[^>\s]*>?/g, ' ')
    .replace(/(?:https?:\/\/|www\.)\S+|\S+\.example\.\S+/gi, ' ')
    .replace(/\b10\.\d{4,9}\/\S+/g, ' ')
    .replace(new RegExp(`(?:accessed|retrieved|last modified|last visited)\\s+(?:on\\s+)?(?:\\d{1,2}\\s+)?${MONTH}\\s*(?:\\d{1,2},?\\s*)?\\d{4}`, 'gi'), ' ')
    .replace(/\b\d{1,2}:\d{2}\s*[ap]\.?m\.?/gi, ' ')
    .replace(/\b(\d{4})-\d{2}-\d{2}\b/g, '$1')
    .replace(new RegExp(`\\b\\d{1,2}\\s+${MONTH}(?=[\\s,]+\\d{4})`, 'gi'), ' ')
    .replace(new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b(?=,?\\s+\\d{4})`, 'gi'), ' ')
    .replace(/\b\d{4},\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b/g, (m) => m.slice(0, 4));
  return [...expandRanges(text).matchAll(/\d+/g)].map((m) => m[0]);
}

function visible(html: string): string {
  const text = html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#38;/g, '&').replace(/&nbsp;|&#160;/g, ' ').replace(/\u00a0/g, ' ');
  return text.replace(/(\d+)–(\d+)/g, (all) => expandRanges(all));
}

function familyNames(authors: string[] | undefined): string[] {
  if (!authors) return [];
  // The last word of the family name: styles may print "van der Berg" as "Berg, Anna van der".
  const names = authors.map((a) => a.split(', ')[0]!.split(' ').pop()!);
  return authors.length > 2 ? names.slice(0, 1) : names;
}

function tableReferences(): NumberedReference[] {
  const at = { line: 1, column: 1, offset: 0 };
  const notes: DocumentNotes = {
    format: 'markdown',
    markers: REFERENCE_NOTES.map((_case, i) => ({ label: `n${i}`, position: at })),
    orphanMarkers: [],
    definitions: REFERENCE_NOTES.map(([raw], i) => ({ label: `n${i}`, raw, position: at, textOffset: 0 })),
  };
  return numberReferences(notes);
}

test('numbers to keep are read from the raw note, not from the parser', () => {
  assert.deepEqual(numbersToKeep('Mira Chen, “Salt,” *Journal of Water* 12, no. 3 (2020): 101–19.'), ['12', '3', '2020', '101', '119']);
  assert.deepEqual(numbersToKeep('Doe, Jane. "Levels." *Times*, 3 Aug. 2021, https://t.example.com/2021/08/x. Accessed 4 Aug. 2021.'), ['2021']);
  assert.deepEqual(numbersToKeep('Ibid., 47.'), ['47']);
});

for (const style of CITATION_STYLES) {
  test(`every note of the table keeps its years, volumes, issues, pages, authors, signals and commentary in ${style.title}`, async () => {
    const references = tableReferences();
    const rendered = references.filter((r) => r.parsed.recognised || r.ibidOf !== null);
    assert.ok(REFERENCE_NOTES.length >= 80, `${REFERENCE_NOTES.length} shapes`);
    assert.ok(rendered.length >= 90, `only ${rendered.length} notes are read as citations`);
    const html = await formatter.format(style.name, 'en', rendered.map((r) => formatItemOf(r)));
    const failures: string[] = [];
    for (const [i, reference] of rendered.entries()) {
      const out = visible(html[i] ?? '');
      const expected = REFERENCE_NOTES[reference.number - 1]![1];
      const missing = numbersToKeep(reference.raw).filter((n) => !new RegExp(`(?<!\\d)${n}(?!\\d)`).test(out));
      if (reference.ibidOf === null) missing.push(...familyNames(expected.authors).filter((name) => !out.includes(name)));
      // The signal before a source and the commentary after it are part of what the writer typed.
      for (const part of [expected.prefix, expected.suffix?.replace(/\.$/, '')]) if (part && !out.includes(part)) missing.push(`"${part}"`);
      if (missing.length > 0) failures.push(`${reference.raw}\n    → ${out}\n    missing: ${missing.join(', ')}`);
    }
    assert.equal(failures.length, 0, `\n${failures.join('\n')}`);
  });
}
