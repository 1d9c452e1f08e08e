import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResolvedFilter } from '../../services/content-api/ports.js';
import { chooseDriver } from './content-api-repo.js';

const tag = (id: number, negate = false): ResolvedFilter => ({ kind: 'lists', keys: [{ scope: 'tag', scopeId: id }], negate });
const featured: ResolvedFilter = { kind: 'featured', value: true };

test('posts are read from the one list every match is in, the rest checked per post', () => {
  assert.deepEqual(chooseDriver(null), { driver: { scope: 'site', scopeId: 0, sticky: 0 }, rest: null });
  assert.deepEqual(chooseDriver(tag(5)), { driver: { scope: 'tag', scopeId: 5, sticky: 0 }, rest: null });
  // featured:true reads the home list's pinned rows; a tag beside it is the better list.
  assert.deepEqual(chooseDriver(featured), { driver: { scope: 'home', scopeId: 0, sticky: 1 }, rest: null });
  assert.deepEqual(chooseDriver({ kind: 'and', of: [featured, tag(5)] }), { driver: { scope: 'tag', scopeId: 5, sticky: 0 }, rest: featured });
  const three: ResolvedFilter = { kind: 'and', of: [tag(1, true), tag(5), featured] };
  assert.deepEqual(chooseDriver(three), { driver: { scope: 'tag', scopeId: 5, sticky: 0 }, rest: { kind: 'and', of: [tag(1, true), featured] } });
});

test('an "or", a negation or a slug that names two lists reads the whole site', () => {
  const either: ResolvedFilter = { kind: 'or', of: [tag(1), tag(2)] };
  assert.deepEqual(chooseDriver(either), { driver: { scope: 'site', scopeId: 0, sticky: 0 }, rest: either });
  assert.deepEqual(chooseDriver(tag(1, true)).driver, { scope: 'site', scopeId: 0, sticky: 0 });
  const both: ResolvedFilter = { kind: 'lists', keys: [{ scope: 'section', scopeId: 3 }, { scope: 'tag', scopeId: 3 }], negate: false };
  assert.deepEqual(chooseDriver(both), { driver: { scope: 'site', scopeId: 0, sticky: 0 }, rest: both });
});
