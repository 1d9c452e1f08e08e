import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cslDateToIso, type CslName } from '../../domain/csl.js';
import { REFERENCE_NOTES as CASES, type Expect } from '../../../test/fixtures/reference-notes.js';
import { parseReference } from './parse-reference.js';

const name = (n: CslName) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ');

test(`parses ${CASES.length} real-world note shapes`, () => {
  assert.ok(CASES.length >= 80);
  const failures: string[] = [];
  for (const [note, expected] of CASES) {
    const parsed = parseReference(note);
    const { csl } = parsed;
    const actual: Expect = {
      type: csl.type,
      title: csl.title,
      authors: csl.author?.map(name),
      container: csl['container-title'],
      publisher: csl.publisher,
      place: csl['publisher-place'],
      issued: cslDateToIso(csl.issued) ?? undefined,
      accessed: cslDateToIso(csl.accessed) ?? undefined,
      URL: csl.URL ?? null,
      page: csl.page,
      volume: csl.volume,
      issue: csl.issue,
      edition: csl.edition,
      DOI: csl.DOI,
      recognised: parsed.recognised,
      ibid: parsed.ibid ? parsed.ibid.locator : undefined,
      locator: parsed.cites[0]?.locator ?? parsed.ibid?.locator ?? undefined,
      label: parsed.cites[0]?.label ?? parsed.ibid?.label ?? undefined,
      prefix: parsed.cites[0]?.prefix ?? parsed.ibid?.prefix,
      suffix: parsed.cites[0]?.suffix ?? parsed.ibid?.suffix,
      cites: parsed.cites.length,
    };
    for (const key of Object.keys(expected) as Array<keyof Expect>) {
      if (JSON.stringify(actual[key]) !== JSON.stringify(expected[key])) {
        failures.push(`${note}\n    ${key}: expected ${JSON.stringify(expected[key])}, got ${JSON.stringify(actual[key])}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('a 10 MB note and a note of brackets parse in bounded time', () => {
  const started = performance.now();
  parseReference(`Smith, John. "${'A'.repeat(10_000_000)}." *Times*, 2001.`);
  parseReference('['.repeat(100_000) + '('.repeat(100_000) + '<'.repeat(100_000));
  assert.ok(performance.now() - started < 5_000, `${performance.now() - started} ms`);
});
