import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildThread, findInThread, pageOfComment, paginateThread, type ThreadNode } from './comment-threads.js';

const at = (minute: number) => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const c = (id: number, parentId: number | null, minute = id) => ({ id, parentId, createdAt: at(minute) });

/** A thread as nested [id, [replies]] pairs, for readable assertions. */
type Shape = Array<number | [number, Shape]>;
function shape(nodes: ThreadNode<{ id: number; parentId: number | null; createdAt: string }>[]): Shape {
  return nodes.map((n) => (n.replies.length ? [n.comment.id, shape(n.replies)] : n.comment.id));
}

test('replies nest under their parents, oldest first', () => {
  const thread = buildThread([c(3, 1), c(1, null), c(2, null), c(4, 3), c(5, 1)], { order: 'oldest', maxDepth: 5 });
  assert.deepEqual(shape(thread), [[1, [[3, [4]], 5]], 2]);
  assert.deepEqual(thread[0]!.replies[0]!.replies[0]!.depth, 3);
});

test('newest-first reverses top-level comments only', () => {
  const thread = buildThread([c(1, null), c(2, null), c(3, 1), c(4, 1)], { order: 'newest', maxDepth: 5 });
  assert.deepEqual(shape(thread), [2, [1, [3, 4]]]);
});

test('at the depth limit replies are shown flat after their ancestor and cannot be replied to', () => {
  // 1 ← 2 ← 3 ← 4 ← 5, and 6 replies to 3, with a limit of 3.
  const thread = buildThread([c(1, null), c(2, 1), c(3, 2), c(4, 3), c(5, 4), c(6, 3)], { order: 'oldest', maxDepth: 3 });
  assert.deepEqual(shape(thread), [[1, [[2, [3, 4, 5, 6]]]]]);
  const deepest = thread[0]!.replies[0]!.replies;
  assert.deepEqual(deepest.map((n) => [n.depth, n.canReply]), [[3, false], [3, false], [3, false], [3, false]]);
  assert.equal(thread[0]!.canReply, true);
  assert.equal(findInThread(thread, 2)?.canReply, true);
  assert.equal(findInThread(thread, 3)?.canReply, false);
});

test('a depth of 1 means no replies at all', () => {
  const thread = buildThread([c(1, null), c(2, 1)], { order: 'oldest', maxDepth: 1 });
  assert.deepEqual(shape(thread), [1, 2]);
  assert.ok(thread.every((n) => !n.canReply));
});

test('a reply whose parent is not visible is shown at the top level', () => {
  assert.deepEqual(shape(buildThread([c(5, 99), c(6, null)], { order: 'oldest', maxDepth: 5 })), [5, 6]);
});

test('pages count top-level comments; a reply is found on its thread’s page', () => {
  const comments = Array.from({ length: 120 }, (_, i) => c(i + 1, null, i % 60));
  comments.push({ id: 500, parentId: 75, createdAt: at(59) });
  const thread = buildThread(comments, { order: 'oldest', maxDepth: 5 });
  const first = paginateThread(thread, 1, 50)!;
  assert.equal(first.nodes.length, 50);
  assert.equal(first.pageCount, 3);
  assert.equal(paginateThread(thread, 3, 50)!.nodes.length, 20);
  assert.equal(paginateThread(thread, 4, 50), null);
  assert.equal(paginateThread([], 1, 50)?.pageCount, 1, 'page 1 of an empty thread exists');
  assert.equal(pageOfComment(thread, 500, 50), pageOfComment(thread, 75, 50));
  assert.equal(pageOfComment(thread, 12345, 50), null);
});
