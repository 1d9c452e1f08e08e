import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { demoContent } from '../../demo/content.js';
import { markdownNotes } from './markdown-notes.js';
import { markdownNotesFromRemark } from './markdown-notes-oracle.js';

const summary = (text: string, find: typeof markdownNotes) => {
  const notes = find(text);
  return {
    markers: notes.markers.map((m) => `${m.label}@${m.position.line}:${m.position.column}`),
    orphans: notes.orphanMarkers.map((m) => `${m.label}@${m.position.line}:${m.position.column}`),
    definitions: notes.definitions.map((d) => `${d.label}@${d.position.line}:${d.position.column}=${d.raw}`),
  };
};

const DOCUMENTS: Array<[string, string]> = [
  ['pandoc', readFileSync(new URL('../../../test/fixtures/footnotes/pandoc.md', import.meta.url), 'utf8')],
  ...demoContent.articles.map((a): [string, string] => [a.slug, a.body]),
  ['code', 'Text.[^a]\n\n```\nnot a marker [^a]\n```\n\n    indented [^a] code\n\nInline `[^a]` code and \\[^a] escaped.\n\n[^a]: Note.\n'],
  ['lazy', 'A.[^x] B.[^y]\n\n[^x]: First line\nlazy continuation of x.\n[^y]: Second note.\n\n    Indented paragraph of y with [^x].\n\nBack in the body.[^z]\n'],
  ['orphans', 'Missing [^nope] and present.[^ok]\n\n[^ok]: Here.\n'],
  ['duplicates', 'One.[^d]\n\n[^d]: First.\n[^d]: Second.\n'],
];

test('the fast scanner finds the same notes as remark, at the same places', () => {
  for (const [name, text] of DOCUMENTS) {
    assert.deepEqual(summary(text, markdownNotes), summary(text, markdownNotesFromRemark), name);
  }
});
