import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Section } from './section.js';
import { moveSection, reparentSection, type SectionPlacement } from './section-moves.js';
import { childSections } from './section.js';

const s = (id: number, slug: string, parentId: number | null, position: number): Section => ({ id, slug, name: slug, description: '', parentId, position });
const tree = [s(1, 'a', null, 0), s(2, 'b', null, 1), s(3, 'c', null, 2), s(4, 'b1', 2, 0), s(5, 'b2', 2, 1)];

function apply(sections: Section[], placements: SectionPlacement[]): Section[] {
  return sections.map((x) => {
    const p = placements.find((q) => q.id === x.id);
    return p ? { ...x, parentId: p.parentId, position: p.position } : x;
  });
}
const order = (sections: Section[], parentId: number | null) => childSections(sections, parentId).map((x) => x.slug);

test('up and down swap with the neighbour; at the ends nothing moves', () => {
  assert.deepEqual(order(apply(tree, moveSection(tree, 2, 'up')), null), ['b', 'a', 'c']);
  assert.deepEqual(order(apply(tree, moveSection(tree, 2, 'down')), null), ['a', 'c', 'b']);
  assert.deepEqual(moveSection(tree, 1, 'up'), []);
  assert.deepEqual(moveSection(tree, 3, 'down'), []);
});

test('indent moves into the sibling above as its last child', () => {
  const after = apply(tree, moveSection(tree, 3, 'indent'));
  assert.deepEqual(order(after, null), ['a', 'b']);
  assert.deepEqual(order(after, 2), ['b1', 'b2', 'c']);
  assert.deepEqual(moveSection(tree, 1, 'indent'), []);
});

test('outdent moves out of the parent, right after it', () => {
  const after = apply(tree, moveSection(tree, 4, 'outdent'));
  assert.deepEqual(order(after, null), ['a', 'b', 'b1', 'c']);
  assert.deepEqual(order(after, 2), ['b2']);
  assert.deepEqual(moveSection(tree, 1, 'outdent'), []);
});

test('a section cannot move inside its own subtree', () => {
  assert.throws(() => reparentSection(tree, 2, 4), /inside itself/);
  assert.deepEqual(order(apply(tree, reparentSection(tree, 1, 2)), 2), ['b1', 'b2', 'a']);
});
