import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  childSections,
  findSectionByPath,
  sectionAncestry,
  sectionSlugPath,
  sectionWithDescendants,
  type Section,
} from './section.js';

const s = (id: number, slug: string, parentId: number | null, position = 0): Section => ({
  id, slug, name: slug, description: '', parentId, position,
});
const tree = [s(1, 'water', null, 1), s(2, 'treatment', 1), s(3, 'filters', 2), s(4, 'time', null, 0), s(5, 'pipes', 1)];

test('ancestry runs from the root down to the section', () => {
  assert.deepEqual(sectionAncestry(tree, tree[2]!).map((x) => x.slug), ['water', 'treatment', 'filters']);
  assert.deepEqual(sectionAncestry(tree, tree[3]!).map((x) => x.slug), ['time']);
});

test('ancestry survives a parent cycle in bad data', () => {
  const cyclic = [s(1, 'a', 2), s(2, 'b', 1)];
  assert.deepEqual(sectionAncestry(cyclic, cyclic[0]!).map((x) => x.slug), ['b', 'a']);
});

test('descendants include every depth', () => {
  assert.deepEqual(sectionWithDescendants(tree, tree[0]!).map((x) => x.slug).sort(), ['filters', 'pipes', 'treatment', 'water']);
});

test('children are ordered by position', () => {
  assert.deepEqual(childSections(tree, null).map((x) => x.slug), ['time', 'water']);
});

test('a section is found only by its full slug path', () => {
  assert.equal(sectionSlugPath(tree, tree[2]!), 'water/treatment/filters');
  assert.equal(findSectionByPath(tree, 'water/treatment/filters')?.id, 3);
  assert.equal(findSectionByPath(tree, 'filters'), null);
  assert.equal(findSectionByPath(tree, 'time/treatment'), null);
  assert.equal(findSectionByPath(tree, ''), null);
});
