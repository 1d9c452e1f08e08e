/** What threading needs of a comment. */
export interface Threadable {
  id: number;
  parentId: number | null;
  createdAt: string;
}

/** A comment in its thread: how deep it sits, whether it may be replied to, its replies. */
export interface ThreadNode<T extends Threadable> {
  comment: T;
  /** 1 for a top-level comment. */
  depth: number;
  canReply: boolean;
  replies: ThreadNode<T>[];
}

/** One page of a thread, counted in top-level comments. */
export interface ThreadPage<T extends Threadable> {
  nodes: ThreadNode<T>[];
  page: number;
  pageCount: number;
}

const byTime = (a: Threadable, b: Threadable) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id);

/**
 * Builds the tree of a flat list of comments. Top-level comments come in `order`; replies
 * always read oldest first. A comment whose parent is not in the list (trashed, or not
 * visible to this reader) is shown at the top level. Below `maxDepth`, replies are shown
 * flat, in time order, right after the comment at the deepest level (as WordPress does),
 * so a lowered depth setting never hides a comment.
 */
export function buildThread<T extends Threadable>(comments: readonly T[], options: { order: 'oldest' | 'newest'; maxDepth: number }): ThreadNode<T>[] {
  const sorted = [...comments].sort(byTime);
  const ids = new Set(sorted.map((c) => c.id));
  const children = new Map<number, T[]>();
  const roots: T[] = [];
  for (const comment of sorted) {
    if (comment.parentId !== null && comment.parentId !== comment.id && ids.has(comment.parentId)) {
      children.set(comment.parentId, [...(children.get(comment.parentId) ?? []), comment]);
    } else {
      roots.push(comment);
    }
  }
  const maxDepth = Math.max(1, options.maxDepth);

  function descendants(comment: T): T[] {
    return (children.get(comment.id) ?? []).flatMap((child) => [child, ...descendants(child)]);
  }

  function place(comment: T, depth: number): ThreadNode<T>[] {
    if (depth < maxDepth) {
      const replies = (children.get(comment.id) ?? []).flatMap((child) => place(child, depth + 1));
      return [{ comment, depth, canReply: true, replies }];
    }
    const flat = descendants(comment).sort(byTime);
    return [comment, ...flat].map((c) => ({ comment: c, depth, canReply: false, replies: [] }));
  }

  const ordered = options.order === 'newest' ? roots.reverse() : roots;
  return ordered.flatMap((root) => place(root, 1));
}

/** The page-th page of `perPage` top-level comments; null when the page does not exist (page 1 always does). */
export function paginateThread<T extends Threadable>(roots: ThreadNode<T>[], page: number, perPage: number): ThreadPage<T> | null {
  const pageCount = Math.max(1, Math.ceil(roots.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  return { nodes: roots.slice((page - 1) * perPage, page * perPage), page, pageCount };
}

function contains<T extends Threadable>(node: ThreadNode<T>, id: number): boolean {
  return node.comment.id === id || node.replies.some((reply) => contains(reply, id));
}

/** The page on which a comment appears, or null when it is not in the thread. */
export function pageOfComment<T extends Threadable>(roots: ThreadNode<T>[], id: number, perPage: number): number | null {
  const index = roots.findIndex((root) => contains(root, id));
  return index === -1 ? null : Math.floor(index / perPage) + 1;
}

/** The node of a comment anywhere in the thread. */
export function findInThread<T extends Threadable>(roots: ThreadNode<T>[], id: number): ThreadNode<T> | null {
  for (const root of roots) {
    if (root.comment.id === id) return root;
    const found = findInThread(root.replies, id);
    if (found) return found;
  }
  return null;
}
