import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Section } from './section.js';
import { bylineWithout, deletedAuthorRedirect, deletedSectionRedirect, deletedTagRedirect, placeOrphans } from './structure-deletion.js';

const s = (id: number, slug: string, parentId: number | null, position: number): Section => ({ id, slug, name: slug, description: '', parentId, position });
const tree = [s(1, 'water', null, 0), s(2, 'treatment', 1, 0), s(3, 'filters', 2, 0), s(4, 'pumps', 2, 1), s(5, 'dams', 1, 1), s(6, 'time', null, 1)];

test('a co-author leaves the byline; a sole author needs someone to take over', () => {
  assert.deepEqual(bylineWithout([1, 2, 3], 2, null), [1, 3]);
  assert.equal(bylineWithout([2], 2, null), null);
  assert.deepEqual(bylineWithout([2], 2, 7), [7]);
  assert.deepEqual(bylineWithout([1, 2, 3], 2, 7), [1, 7, 3], 'the heir takes the place in the byline');
  assert.deepEqual(bylineWithout([7, 2], 2, 7), [7], 'an heir already on the byline is not named twice');
});

test('subsections move up after their new siblings, in their order', () => {
  assert.deepEqual(placeOrphans(tree, tree[1]!), [{ id: 3, parentId: 1, position: 1 }, { id: 4, parentId: 1, position: 2 }]);
  assert.deepEqual(placeOrphans(tree, tree[0]!), [{ id: 2, parentId: null, position: 1 }, { id: 5, parentId: null, position: 2 }]);
  assert.deepEqual(placeOrphans(tree, tree[5]!), []);
});

test('old addresses send readers to the parent section, the heir, or home', () => {
  assert.deepEqual(deletedSectionRedirect(tree, tree[2]!), { fromPath: '/section/water/treatment/filters', toPath: '/section/water/treatment', statusCode: 301 });
  assert.deepEqual(deletedSectionRedirect(tree, tree[5]!), { fromPath: '/section/time', toPath: '/', statusCode: 301 });
  assert.deepEqual(deletedTagRedirect('pipes'), { fromPath: '/tag/pipes', toPath: '/', statusCode: 301 });
  assert.deepEqual(deletedAuthorRedirect('ada', 'ben'), { fromPath: '/author/ada', toPath: '/author/ben', statusCode: 301 });
  assert.deepEqual(deletedAuthorRedirect('ada', null), { fromPath: '/author/ada', toPath: '/', statusCode: 301 });
});
