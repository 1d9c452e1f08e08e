import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cslDateToIso, type CslName } from '../../domain/csl.js';
import { SCRIPT_IBID, SCRIPT_NOTES } from '../../../test/fixtures/reference-notes-scripts.js';
import { parseReference } from '../parse/parse-reference.js';
import { asciiDigits } from '../parse/scripts.js';
import { createCitationFormatter } from './citation-formatter.js';
import { CITATION_STYLES, citationLocale } from './style-registry.js';

// Issue 15, item 7: Arabic, Persian and French notes are read without dropping a part, and
// rendered in every shipped style in their language's locale (ar, fa-IR, fr-FR) with their
// author, title, year, volume and pages all still there.

const formatter = createCitationFormatter();
after(() => formatter.close());

const nameOf = (n: CslName) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ');

function visible(html: string): string {
  const text = asciiDigits(html.replace(/<[^>]+>/g, '').replace(/&#38;|&amp;/g, '&').replace(/&#160;|&nbsp;|\u00a0|\u202f/g, ' ').replace(/\u2011/g, '–'));
  // "101–19" → "101–119", as the table's page ranges are written in full.
  return text.replace(/(?<!\d)(\d+)–(\d+)(?!\d)/g, (_all, from: string, to: string) => `${from}–${to.length < from.length ? from.slice(0, from.length - to.length) + to : to}`);
}

describe('notes in Arabic, Persian and French', () => {
  test(`the parser reads ${SCRIPT_NOTES.length} shapes with every part, and "ibid" in each language`, () => {
    assert.ok(SCRIPT_NOTES.length >= 15);
    const failures: string[] = [];
    for (const [note, , expected] of SCRIPT_NOTES) {
      const parsed = parseReference(note);
      const { csl } = parsed;
      const actual: Record<string, unknown> = {
        type: csl.type, title: csl.title, authors: csl.author?.map(nameOf), container: csl['container-title'], publisher: csl.publisher,
        place: csl['publisher-place'], issued: cslDateToIso(csl.issued) ?? undefined, volume: csl.volume, issue: csl.issue, page: csl.page,
        locator: parsed.cites[0]?.locator,
      };
      if (!parsed.recognised) failures.push(`${note}\n    not read as a citation`);
      for (const [key, value] of Object.entries(expected)) {
        if (JSON.stringify(actual[key]) !== JSON.stringify(value)) failures.push(`${note}\n    ${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual[key])}`);
      }
    }
    for (const [note, locator] of SCRIPT_IBID) {
      const parsed = parseReference(note);
      if (parsed.ibid?.locator !== locator) failures.push(`${note}\n    ibid locator: expected ${locator}, got ${JSON.stringify(parsed.ibid)}`);
    }
    assert.deepEqual(failures, []);
  });

  test('titles keep their own digits and signs; text outside them is normalised for reading only', () => {
    const parsed = parseReference('أحمد حسن، «ثورة ١٩١٩ والمياه»، *مجلة التاريخ* ٥، العدد ٢ (٢٠١٩): ١٠–٢٠.');
    assert.equal(parsed.csl.title, 'ثورة ١٩١٩ والمياه');
    assert.deepEqual([parsed.csl.volume, parsed.csl.issue, parsed.csl.page, cslDateToIso(parsed.csl.issued)], ['5', '2', '10–20', '2019']);
    // An English note is read exactly as before.
    assert.deepEqual(parseReference('Jane Smith, *The Book of Water* (Boston: Harbor Press, 2019), 45.').csl.author, [{ family: 'Smith', given: 'Jane' }]);
  });

  test('Arabic and Persian notes take ، and ؛ in the ar and fa-IR locales; links and other notes are untouched', async () => {
    const { localPunctuation } = await import('./script-punctuation.js');
    assert.equal(localPunctuation('أحمد حسن, <i>الأنهار</i>, 12; <a href="https://e.org/a,b">https://e.org/a, b</a>', 'ar'), 'أحمد حسن، <i>الأنهار</i>، 12؛ <a href="https://e.org/a,b">https://e.org/a، b</a>');
    assert.equal(localPunctuation('Jane Smith, <i>Water</i>, 12.', 'ar'), 'Jane Smith, <i>Water</i>, 12.');
    assert.equal(localPunctuation('أحمد حسن, 12.', 'fr-FR'), 'أحمد حسن, 12.');
  });

  test('runs of «, “, ، and Arabic words parse in bounded time', () => {
    const started = performance.now();
    for (const note of ['«'.repeat(4999), '“a'.repeat(2400), 'ص. '.repeat(1600), '،؛'.repeat(2400), `محمد ${'«'.repeat(100_000)}`]) parseReference(note);
    assert.ok(performance.now() - started < 3000, `${performance.now() - started} ms`);
  });

  test('the shipped locales serve the languages: ar → ar, fa → fa-IR, fr → fr-FR', () => {
    assert.deepEqual(['ar', 'fa', 'fr', 'fa-IR', 'ar-EG'].map(citationLocale), ['ar', 'fa-IR', 'fr-FR', 'fa-IR', 'ar']);
  });

  for (const style of CITATION_STYLES) {
    test(`author, title, year, volume and pages survive in ${style.title}, in the note's locale`, async () => {
      const failures: string[] = [];
      for (const language of ['ar', 'fa', 'fr'] as const) {
        const notes = SCRIPT_NOTES.filter(([, lang]) => lang === language);
        const parsed = notes.map(([note]) => parseReference(note));
        const html = await formatter.format(style.name, language, parsed.map((p) => ({ cites: p.cites.map((c) => ({ itemData: c.csl, ...(c.locator ? { locator: c.locator, label: c.label ?? 'page' } : {}) })), ibid: false })));
        for (const [i, [note, , expected]] of notes.entries()) {
          const out = visible(html[i] ?? '');
          const missing: string[] = [];
          const families = expected.authors.map((a) => (a.includes(', ') ? a.split(', ')[0]! : a));
          for (const part of [expected.title, ...families]) if (!out.includes(part)) missing.push(`"${part}"`);
          const numbers = [expected.issued.slice(0, 4), expected.volume, ...(expected.page?.split('–') ?? []), expected.locator].filter((n): n is string => Boolean(n));
          for (const n of numbers) if (!new RegExp(`(?<!\\d)${n}(?!\\d)`).test(out)) missing.push(n);
          // Nothing is said twice (a page range the style printed is not added again as a "part").
          const first = expected.page?.split('–')[0];
          if (first && out.split(new RegExp(`(?<!\\d)${first}(?!\\d)`)).length > 2) missing.push(`${first} once`);
          if (language !== 'fr' && /, /.test(out)) missing.push('Arabic commas');
          if (missing.length > 0) failures.push(`[${language}] ${note}\n    → ${out}\n    missing: ${missing.join(', ')}`);
        }
      }
      assert.equal(failures.length, 0, `\n${failures.join('\n')}`);
    });
  }
});
