import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultMenu, DEFAULT_MENU_LENGTH, isMenuUrl, menuFromRows, menuSchema, rowsFromMenu, type MenuRow } from './menu.js';

const row = (label: string, url: string, position = '', child = false): MenuRow => ({ label, url, position, child });

test('rows become a menu ordered by position, with nested rows under the top-level row above', () => {
  const menu = menuFromRows([
    row('About', '/about', '3'),
    row('News', '/news/', '1'),
    row('Local', '/news/local/', '2', true),
    row('', '', '9'),
    row('Donate', 'https://example.org/give', '4'),
  ], 'Header menu');
  assert.deepEqual(menu, [
    { label: 'News', url: '/news/', children: [{ label: 'Local', url: '/news/local/', children: [] }] },
    { label: 'About', url: '/about', children: [] },
    { label: 'Donate', url: 'https://example.org/give', children: [] },
  ]);
});

test('equal or empty positions keep the order of the rows', () => {
  const menu = menuFromRows([row('B', '/b'), row('A', '/a'), row('C', '/c', '2')], 'Footer menu');
  assert.deepEqual(menu.map((i) => i.label), ['B', 'A', 'C']);
});

test('a bad row is an error naming the menu and the row, and what was expected', () => {
  assert.throws(() => menuFromRows([row('Home', '/'), row('', '/nolabel')], 'Header menu'), /Header menu row 2: give the link a label/);
  assert.throws(() => menuFromRows([row('Evil', 'javascript:alert(1)')], 'Header menu'), /row 1: "javascript:alert\(1\)" is not a site path/);
  assert.throws(() => menuFromRows([row('Other host', '//evil.example/')], 'Header menu'), /not a site path/);
  assert.throws(() => menuFromRows([row('Orphan', '/x', '', true)], 'Footer menu'), /Footer menu row 1: a nested link needs a top-level link above it/);
  assert.throws(() => menuFromRows([row('X', '/x', 'first')], 'Header menu'), /position must be a number/);
  const many = Array.from({ length: 41 }, (_, i) => row(`L${i}`, `/l${i}`));
  assert.throws(() => menuFromRows(many, 'Header menu'), /at most 40 links/);
});

test('the form rows of a menu give the same menu back, with blank rows to add to it', () => {
  const menu = menuFromRows([row('News', '/news/'), row('Local', '/news/local/', '', true), row('About', '/about')], 'Header menu');
  const rows = rowsFromMenu(menu, 3);
  assert.equal(rows.length, 6);
  assert.deepEqual(rows.map((r) => r.position), ['1', '2', '3', '4', '5', '6']);
  assert.deepEqual(menuFromRows(rows, 'Header menu'), menu);
});

test('the default menu holds only the first few top-level sections', () => {
  const sections = Array.from({ length: 58 }, (_, i) => ({ label: `Category ${i}`, url: `/section/c${i}` }));
  assert.equal(defaultMenu(sections).length, DEFAULT_MENU_LENGTH);
  assert.equal(defaultMenu(sections)[0]!.label, 'Category 0');
});

test('stored menus are checked: two levels at most, safe addresses only', () => {
  assert.equal(menuSchema.safeParse(null).success, true);
  assert.equal(menuSchema.safeParse([{ label: 'A', url: '/a', children: [{ label: 'B', url: '/b', children: [] }] }]).success, true);
  assert.equal(menuSchema.safeParse([{ label: 'A', url: '/a', children: [{ label: 'B', url: '/b', children: [{ label: 'C', url: '/c' }] }] }]).success, false);
  assert.equal(menuSchema.safeParse([{ label: 'A', url: 'data:text/html,x' }]).success, false);
  assert.equal(isMenuUrl('/about?x=1#top'), true);
  assert.equal(isMenuUrl('/a b'), false);
});
