import type { NewComment } from '../comments/ports.js';
import type { Repositories } from '../ports.js';
import type { createSummary } from './import-summary.js';

type Summary = ReturnType<typeof createSummary>;

/** An imported comment, in the order the importer would write it one by one. */
export interface ThreadedComment {
  /** Provenance key (import_sources external id). */
  key: string;
  /** How replies in the same call name it, and how it names its parent (null: top level). */
  ref: string;
  parentRef: string | null;
  /** The parent's provenance key, to find it among earlier imports when it is not in this call. */
  parentKey?: string;
  comment: Omit<NewComment, 'parentId'>;
  /** Called when the parent is nowhere to be found: the comment goes to the top of its thread. */
  onOrphan(): void;
}

/**
 * Writes comments as the importers did one at a time — a comment imported before is
 * skipped, a reply hangs under its parent (one earlier in the list, or imported before) —
 * but a few statements for the lot: one wave of inserts per depth of the threads.
 */
export async function importCommentThreads(repos: Repositories, source: string, items: ThreadedComment[], summary: Summary): Promise<void> {
  if (items.length === 0) return;
  const lookups = items.flatMap((item) => (item.parentKey ? [item.key, item.parentKey] : [item.key]));
  const known = await repos.importWriter.findSources(source, 'comment', lookups);
  const local = new Map<string, { id: number } | { index: number }>();
  const plan: Array<{ item: ThreadedComment; parent: { id: number } | { index: number } | null; depth: number }> = [];
  for (const item of items) {
    const record = known.get(item.key);
    if (record) {
      local.set(item.ref, { id: record.localId });
      summary.count('comments', 'skipped');
      continue;
    }
    let parent: { id: number } | { index: number } | null = null;
    if (item.parentRef !== null) {
      const fromParent = item.parentKey ? known.get(item.parentKey) : undefined;
      parent = local.get(item.parentRef) ?? (fromParent ? { id: fromParent.localId } : null);
      if (parent === null) item.onOrphan();
    }
    const depth = parent && 'index' in parent ? plan[parent.index]!.depth + 1 : 0;
    local.set(item.ref, { index: plan.length });
    plan.push({ item, parent, depth });
  }
  const ids: number[] = new Array<number>(plan.length);
  const deepest = Math.max(-1, ...plan.map((p) => p.depth));
  for (let depth = 0; depth <= deepest; depth++) {
    const wave = plan.flatMap((p, index) => (p.depth === depth ? [index] : []));
    const inserted = await repos.importWriter.insertComments(wave.map((index) => {
      const { item, parent } = plan[index]!;
      const parentId = parent === null ? null : 'id' in parent ? parent.id : ids[parent.index]!;
      return { ...item.comment, parentId };
    }));
    wave.forEach((index, i) => (ids[index] = inserted[i]!));
  }
  await repos.importWriter.saveSources(plan.map((p, index) => ({ source, kind: 'comment', externalId: p.item.key, localId: ids[index]!, checksum: '', now: p.item.comment.createdAt })));
  for (let i = 0; i < plan.length; i++) summary.count('comments', 'created');
}
