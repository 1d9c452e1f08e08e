import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RuleId } from './diagnostic.js';
import { lintCitations } from './lint-citations.js';

const now = new Date('2026-11-27T12:00:00.000Z');
const rules = (text: string, format: 'auto' | 'plain' | 'markdown' = 'auto') =>
  lintCitations(text, { now, format }).diagnostics.map((d) => d.rule);

// Each rule: a document that breaks it, and one that does not.
const CASES: Array<[RuleId, string, string]> = [
  ['marker-without-note', 'Claim.[^1] Other.[^2]\n\n[^1]: Source. *Book*. Press, 2001.', 'Claim.[^1]\n\n[^1]: Source. *Book*. Press, 2001.'],
  ['note-never-cited', 'Claim.[^1]\n\n[^1]: *Book*. Press, 2001.\n[^old]: *Other*. Press, 2002.', 'Claim.[^1]\n\n[^1]: *Book*. Press, 2001.'],
  ['duplicate-label', 'Claim.[^1]\n\n[^1]: *Book*. Press, 2001.\n[^1]: *Other*. Press, 2002.', 'Claim.[^1][^2]\n\n[^1]: *Book*. Press, 2001.\n[^2]: *Other*. Press, 2002.'],
  ['ibid-without-source', 'Claim.[^1] More.[^2]\n\n[^1]: Ibid., p. 4.\n[^2]: *Book*. Press, 2001.', 'Claim.[^1] More.[^2]\n\n[^1]: *Book*. Press, 2001.\n[^2]: Ibid., p. 4.'],
  ['web-source-without-url', 'Claim.[^1]\n\n[^1]: "Transit Survey Results." Also available on the Metro Council website:', 'Claim.[^1]\n\n[^1]: "Transit Survey Results." Metro Council website, https://metro.example.org/survey.'],
  ['malformed-url', 'Claim.[^1]\n\n[^1]: Hale, Dana. "Poll." *Ledger*, 12 Oct. 2010. <', 'Claim.[^1]\n\n[^1]: Hale, Dana. "Poll." *Ledger*, 12 Oct. 2010. <https://ledger.example.com/poll>'],
  ['glued-quote', 'Claim.[^1]\n\n[^1]: Quoted in Ray Ellis, “Mayor Defends Plan,”*Harbor Gazette*, 2014.', 'Claim.[^1]\n\n[^1]: Quoted in Ray Ellis, “Mayor Defends Plan,” *Harbor Gazette*, 2014.'],
  ['unbalanced-quotes', 'Claim.[^1]\n\n[^1]: Kim, Ruth. "Tap Water Myths. *Health Weekly*, 2017.', 'Claim.[^1]\n\n[^1]: Kim, Ruth. "Tap Water Myths." *Health Weekly*, 2017.'],
  ['access-before-publication', 'Claim.[^1]\n\n[^1]: Lee, Ann. "Meters." *News*, 10 May 2019. https://n.example.org/m (accessed 2 May 2019).', 'Claim.[^1]\n\n[^1]: Lee, Ann. "Meters." *News*, 10 May 2019. https://n.example.org/m (accessed 12 May 2019).'],
  ['access-in-future', 'Claim.[^1]\n\n[^1]: "Plan." https://metro.example.org/plan (accessed 1 January 2031).', 'Claim.[^1]\n\n[^1]: "Plan." https://metro.example.org/plan (accessed 1 January 2026).'],
];

for (const [rule, failing, passing] of CASES) {
  test(`${rule}: reported when broken, silent when not`, () => {
    assert.ok(rules(failing).includes(rule), `${rule} should fire on:\n${failing}\ngot ${rules(failing).join(', ')}`);
    assert.ok(!rules(passing).includes(rule), `${rule} should not fire on:\n${passing}\ngot ${rules(passing).join(', ')}`);
  });
}

test('every other malformed URL shape is reported with its own message', () => {
  const messages = (note: string) => lintCitations(`C.[^1]\n\n[^1]: ${note}`, { now }).diagnostics.filter((d) => d.rule === 'malformed-url').map((d) => d.message);
  assert.match(messages('Web. <http://citytimes.example.com/bud')[0] ?? '', /never closes/);
  assert.match(messages('See <http:///reports/1>.')[0] ?? '', /no site name/);
  assert.match(messages('See <https://r.example.org/report.>')[0] ?? '', /ends with "\."/);
  assert.deepEqual(messages('See https://r.example.org/report.'), [], 'a period after a bare URL ends the sentence');
});

test('diagnostics carry rule, severity, line:column, message and note', () => {
  const text = 'First line.\nA claim.[^a] Missing.[^zz]\n\n[^a]: Hale, Dana. "Poll." *Ledger*, 12 Oct. 2010. <\n';
  const result = lintCitations(text, { now });
  assert.deepEqual(result.diagnostics.map((d) => [d.rule, d.severity, d.line, d.column, d.note]), [
    ['marker-without-note', 'error', 2, 22, null],
    ['malformed-url', 'error', 4, 51, 1],
  ]);
  assert.match(result.diagnostics[0]!.message, /\[\^zz\] has no note/);
});

test('references list number, raw, CSL and the note an ibid repeats', () => {
  const text = 'A.[^s] B.[^i] C.[^j]\n\n[^s]: Sobel, Dava. *Longitude*. New York: Walker, 1995.\n[^i]: Ibid., p. 12.\n[^j]: ibid\n';
  const { references, diagnostics } = lintCitations(text, { now });
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(references.map((r) => [r.number, r.raw, r.ibidOf]), [
    [1, 'Sobel, Dava. *Longitude*. New York: Walker, 1995.', null],
    [2, 'Ibid., p. 12.', 1],
    [3, 'ibid', 1],
  ]);
  assert.equal(references[0]!.csl.title, 'Longitude');
  assert.equal(references[1]!.csl.title, 'Longitude');
  // The ibid's page is its own pinpoint, never the source's page range.
  assert.equal(references[1]!.csl.page, undefined);
  assert.deepEqual(references[1]!.cites, [{ itemData: references[0]!.csl, locator: '12', label: 'page' }]);
  assert.deepEqual(references[2]!.cites, [{ itemData: references[0]!.csl }]);
});

test('plain-text documents are detected and linted the same way', () => {
  const text = 'Claim.[1] Another.[3]\n\nNotes\n\n[1] Sobel, Dava. *Longitude*. Walker, 1995.\n[2] Unused note.\n';
  const result = lintCitations(text, { now });
  assert.equal(result.format, 'plain');
  assert.deepEqual(result.diagnostics.map((d) => [d.rule, d.line]), [['marker-without-note', 1], ['note-never-cited', 6]]);
  assert.match(result.diagnostics[0]!.message, /The marker \[3\] has no note/);
});

test('a clean article has no diagnostics', () => {
  assert.deepEqual(rules('Plain prose with no notes at all.'), []);
});

test('200 notes in a 10,000-word article lint quickly', () => {
  const paragraphs = Array.from({ length: 200 }, (_, i) => `${'Water flows downhill through old pipes. '.repeat(8)}Claim ${i}.[^n${i}]`);
  const notes = Array.from({ length: 200 }, (_, i) =>
    i % 3 === 2 ? `[^n${i}]: Ibid., p. ${i}.` : `[^n${i}]: Author${i}, Ann. "Title ${i}." *Valley Times*, 3 May 2019. https://vt.example.org/${i} (accessed 4 May 2019).`);
  const text = `${paragraphs.join('\n\n')}\n\n${notes.join('\n')}\n`;
  const started = performance.now();
  const result = lintCitations(text, { now });
  const elapsed = performance.now() - started;
  assert.equal(result.references.length, 200);
  assert.deepEqual(result.diagnostics, []);
  assert.ok(elapsed < 2_000, `${elapsed.toFixed(0)} ms`);
});
