import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relatednessTerms, type RelatedPick } from '../../domain/relatedness.js';
import type { Repositories } from '../ports.js';
import { refreshRelatedLists } from './related-lists.js';

const TOPICS = ['tide', 'estuary', 'clock', 'pendulum', 'survey', 'meridian', 'reservoir', 'filter'];

/** Just enough of the repositories for relatedness: stored terms and lists in memory. */
function fakeRepos(count: number) {
  const inputs = Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    terms: relatednessTerms({ title: `${TOPICS[i % 8]} ${TOPICS[(i * 3) % 8]}`, text: `${TOPICS[(i * 5) % 8]} note${i % 7} word${i % 11}`, tagSlugs: [`t${i % 4}`] }),
    authorIds: [i % 3],
    sectionId: i % 2,
    publishedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  }));
  const lists = new Map<number, RelatedPick[]>();
  const repos = {
    sections: { all: async () => [{ id: 0, slug: 'a', name: 'A', description: '', parentId: null, position: 0 }, { id: 1, slug: 'b', name: 'B', description: '', parentId: null, position: 1 }] },
    related: {
      inputs: async () => inputs,
      lists: async () => new Map(lists),
      replace: async (changed: Map<number, RelatedPick[]>) => changed.forEach((picks, id) => (picks.length ? lists.set(id, picks) : lists.delete(id))),
    },
  } as unknown as Repositories;
  return { repos, inputs, lists };
}

const now = new Date('2026-06-01T00:00:00.000Z');

// Beyond the full-recompute limit, lists the change does not touch keep their scores from
// before it: their order can differ from a full recompute only by the small shift in term
// weights (idf) the new article causes. What must match: the new article's own list, and
// which lists it enters.
test('on a large site, the new article gets its exact list and enters the lists a full recompute puts it in', async () => {
  const incremental = fakeRepos(60);
  const full = fakeRepos(60);
  // Both start from the same lists without article 60, which is then "published".
  const last = incremental.inputs.pop()!;
  full.inputs.pop();
  await refreshRelatedLists(incremental.repos, now);
  await refreshRelatedLists(full.repos, now);
  incremental.inputs.push(last);
  full.inputs.push(last);
  const written = await refreshRelatedLists(incremental.repos, now, last.id, 10);
  await refreshRelatedLists(full.repos, now, last.id, 1000);
  assert.ok(written < 60, `only affected lists are rewritten (${written})`);
  assert.deepEqual(incremental.lists.get(last.id), full.lists.get(last.id));
  for (const [id, picks] of full.lists) {
    const entered = picks.some((p) => p.id === last.id);
    assert.equal(incremental.lists.get(id)?.some((p) => p.id === last.id), entered, `list of ${id}`);
  }
});

test('an article that leaves is removed from every list and keeps none', async () => {
  const site = fakeRepos(40);
  await refreshRelatedLists(site.repos, now);
  const gone = site.inputs.splice(5, 1)[0]!;
  await refreshRelatedLists(site.repos, now, gone.id, 10);
  assert.equal(site.lists.has(gone.id), false);
  for (const picks of site.lists.values()) assert.ok(!picks.some((p) => p.id === gone.id));
});
