import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { h, type VNode } from 'preact';
import { renderDocument } from '../render-page.js';
import { loadThemes } from './load-themes.js';
import { ActiveThemeContext, themed } from './themed.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-theme-unit-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

test('a missing themes folder means the default theme alone', async () => {
  const themes = await loadThemes(join(tmpdir(), 'no-such-dossier-themes'));
  assert.deepEqual(themes.list.map((t) => t.name), ['default']);
  assert.deepEqual(themes.problems, []);
});

test('unsound themes and templates are left out, each problem naming its file', async () => {
  const dir = folder({
    'good/theme.json': '{"name":"Good","description":"Fine."}',
    'good/theme.css': ':root { --bg: #fff; }',
    'good/templates/byline.js': "export default (props, { h }) => h('span', { class: 'names' }, props.authors.length);",
    'good/templates/card-list.js': 'export const notDefault = 1;',
    'nameless/theme.json': '{"description":"no name"}',
    'Bad Name/theme.json': '{"name":"x"}',
    'bare/README': 'no manifest',
  });
  try {
    const themes = await loadThemes(dir);
    assert.deepEqual(themes.list.map((t) => t.name), ['default', 'good']);
    const problems = themes.problems.join('\n');
    assert.match(problems, /Bad Name: not a theme name/);
    assert.match(problems, /bare\/theme\.json: missing/);
    assert.match(problems, /nameless\/theme\.json: "name"/);
    assert.match(problems, /good\/templates\/card-list\.js: must export a default function/);
    const good = themes.theme('good')!;
    assert.deepEqual(Object.keys(good.templates), ['byline']);
    assert.equal(themes.stylesheet(good.cssHref!), ':root { --bg: #fff; }');
    assert.equal(themes.theme('default'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a themed slot renders the theme template, and the default when the template throws', () => {
  const Default = (props: { n: number }) => h('b', null, `default ${props.n}`);
  const Slot = themed('byline', Default);
  const errors: string[] = [];
  const lookup = (template: (p: Record<string, unknown>) => unknown) => ({
    theme: (name: string) => (name === 'default' ? undefined : { name, cssHref: null, templates: { byline: template as never } }),
    reportError: (_t: string, slot: string, error: unknown) => void errors.push(`${slot}: ${(error as Error).message}`),
  });
  const page = (n: number) => h('div', null, h(Slot, { n }));
  const inTheme = (n: number) => h(ActiveThemeContext.Provider, { value: 'mine' }, page(n)) as VNode;
  assert.equal(renderDocument(inTheme(1), lookup((p) => h('i', null, `theme ${String(p['n'])}`))), '<!DOCTYPE html><div><i>theme 1</i></div>');
  assert.equal(renderDocument(inTheme(2), lookup(() => { throw new Error('bad'); })), '<!DOCTYPE html><div><b>default 2</b></div>');
  assert.deepEqual(errors, ['byline: bad']);
  assert.equal(renderDocument(page(3), lookup(() => h('i', null, 'x'))), '<!DOCTYPE html><div><b>default 3</b></div>', 'the default theme');
});
