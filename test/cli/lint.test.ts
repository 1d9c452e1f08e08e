import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../support/cli.js';

test('dossier lint reports each problem in a messy plain-text document and exits 1', () => {
  const result = runCli(['lint', 'test/fixtures/lint/messy-notes.txt']);
  assert.equal(result.status, 1, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.match(lines[0]!, /^test\/fixtures\/lint\/messy-notes\.txt:11:37 {2}warning {2}A quotation mark is glued to a word in note 3 \("Levy”the"\)/);
  assert.ok(lines.some((l) => /:12:84 {2}error {4}Note 4 ends with a lone "<"/.test(l)), result.stdout);
  assert.ok(lines.some((l) => /:13:1 {2}warning {2}Note 5 cites an online source but gives no web address/.test(l)), result.stdout);
  assert.match(lines[lines.length - 1]!, /^5 notes checked \(plain text\): 1 error, \d+ warnings?\.$/);
});

test('dossier lint --json prints references and diagnostics in the documented shape', () => {
  const result = runCli(['lint', '--json', 'test/fixtures/lint/messy-notes.txt']);
  assert.equal(result.status, 1);
  const json = JSON.parse(result.stdout);
  assert.deepEqual(Object.keys(json), ['references', 'diagnostics']);
  assert.deepEqual(Object.keys(json.references[0]), ['number', 'raw', 'csl', 'ibidOf', 'cites']);
  assert.equal(json.references[0].csl.title, 'Budget Office Update');
  assert.equal(json.references[0].csl.URL, 'http://citytimes.example.com/news/budget-update');
  assert.deepEqual(json.references[1].csl['container-title'], 'Citytimes.example', 'ibid takes the earlier source');
  assert.equal(json.references[1].ibidOf, 1);
  assert.deepEqual(Object.keys(json.diagnostics[0]), ['rule', 'severity', 'line', 'column', 'message', 'note']);
  assert.ok(json.diagnostics.some((d: { rule: string; note: number }) => d.rule === 'malformed-url' && d.note === 4));
});

test('a clean Markdown article passes with exit 0', () => {
  const result = runCli(['lint', 'test/fixtures/lint/clean-article.md']);
  assert.equal(result.status, 0, result.stdout);
  assert.equal(result.stdout.trim(), '1 note checked (Markdown): 0 errors, 0 warnings.');
});

test('a missing file is one clear line and exit 2', () => {
  const result = runCli(['lint', 'no/such/file.md']);
  assert.equal(result.status, 2);
  assert.equal(result.stderr.trim(), 'dossier: no/such/file.md: no such file.');
});
