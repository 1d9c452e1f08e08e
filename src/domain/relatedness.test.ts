import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeRelated, relatednessTerms, type RelatednessInput } from './relatedness.js';

const now = new Date('2026-06-01T00:00:00.000Z');
let next = 1;
type Overrides = Partial<Omit<RelatednessInput, 'terms'>> & { title?: string; text?: string; tagSlugs?: string[] };
function doc({ title = 'Untitled', text = '', tagSlugs = [], ...rest }: Overrides): RelatednessInput {
  return { id: next++, terms: relatednessTerms({ title, text, tagSlugs }), authorIds: [], sectionId: null, sectionRootId: null, publishedAt: '2026-01-01T00:00:00.000Z', ...rest };
}

test('the most similar text ranks first; never the article itself', () => {
  const filters = doc({ title: 'Slow sand filters', text: 'Sand filters clean water slowly through beds of sand.' });
  const more = doc({ title: 'Rapid sand filters', text: 'Rapid filters wash their sand beds often.' });
  const clocks = doc({ title: 'Pendulum clocks', text: 'A pendulum swings and the escapement counts.' });
  const related = computeRelated([filters, more, clocks], now);
  assert.deepEqual(related.get(filters.id)!.map((p) => p.id), [more.id]);
  assert.ok(!related.get(filters.id)!.some((p) => p.id === filters.id));
  assert.deepEqual(related.get(clocks.id), []);
});

test('same section and shared authors break ties between equally similar texts', () => {
  const base = doc({ title: 'Reservoir levels', text: 'The reservoir is low.', sectionId: 1, sectionRootId: 1, authorIds: [7] });
  const other = doc({ title: 'Reservoir levels', text: 'The reservoir is low.', sectionId: 2, sectionRootId: 2 });
  const sameSection = doc({ title: 'Reservoir levels', text: 'The reservoir is low.', sectionId: 1, sectionRootId: 1 });
  const sameAuthor = doc({ title: 'Reservoir levels', text: 'The reservoir is low.', sectionId: 2, sectionRootId: 2, authorIds: [7] });
  const ids = computeRelated([base, other, sameSection, sameAuthor], now).get(base.id)!.map((p) => p.id);
  assert.deepEqual(ids, [sameSection.id, sameAuthor.id, other.id]);
});

test('shared tags count; newer wins a tie; lists stop at the limit', () => {
  const tagged = (date: string) => doc({ title: 'Notes', text: 'unrelated words here', tagSlugs: ['pipes'], publishedAt: date });
  const self = doc({ title: 'Other', text: 'something else entirely', tagSlugs: ['pipes'] });
  const older = tagged('2020-01-01T00:00:00.000Z');
  const newer = tagged('2026-05-01T00:00:00.000Z');
  const many = Array.from({ length: 8 }, () => tagged('2024-01-01T00:00:00.000Z'));
  const list = computeRelated([self, older, newer, ...many], now, 6).get(self.id)!;
  assert.equal(list.length, 6);
  assert.equal(list[0]!.id, newer.id);
  assert.ok(!list.some((p) => p.id === older.id), 'the oldest of equals is cut');
});

test('same-section articles fill a list that text alone leaves short', () => {
  const a = doc({ title: 'Alpha', text: 'aardvark', sectionId: 3, sectionRootId: 3 });
  const b = doc({ title: 'Beta', text: 'zebra', sectionId: 3, sectionRootId: 3 });
  assert.deepEqual(computeRelated([a, b], now).get(a.id)!.map((p) => p.id), [b.id]);
});

test('1,000 articles are computed quickly', () => {
  const words = Array.from({ length: 3000 }, (_, i) => `term${i.toString(36)}x`);
  const docs = Array.from({ length: 1000 }, (_, i) =>
    doc({ title: `${words[i % 3000]} ${words[(i * 7) % 3000]}`, text: Array.from({ length: 400 }, (_, j) => words[(i * 31 + j * j) % 3000]).join(' '), sectionId: i % 5, sectionRootId: i % 5, tagSlugs: [`t${i % 13}`] }),
  );
  const started = performance.now();
  const result = computeRelated(docs, now); // terms are stored at save time, so only this runs on publish
  const ms = performance.now() - started;
  assert.equal(result.size, 1000);
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
});

test('candidates are the newest 256 articles sharing a term: an older twin is passed over, a newer one is found', () => {
  // Two words shared by 303 of 3,303 articles: not common enough to be ignored (a tenth), too many to read in full.
  const oldTwin = doc({ title: 'Estuary salinity', text: 'estuary salinity' });
  const crowd = Array.from({ length: 300 }, (_, i) => doc({ title: `Harbour note ${i}`, text: `estuary salinity filler${i}` }));
  const others = Array.from({ length: 3000 }, (_, i) => doc({ title: `Unrelated ${i}`, text: `clock${i} pendulum${i}` }));
  const newTwin = doc({ title: 'Estuary salinity', text: 'estuary salinity' });
  const target = doc({ title: 'Estuary salinity', text: 'estuary salinity' });
  const lists = computeRelated([oldTwin, ...crowd, ...others, newTwin, target], now, 6);
  const picked = lists.get(target.id)!.map((p) => p.id);
  assert.equal(picked[0], newTwin.id, 'the newer identical article leads');
  assert.ok(!picked.includes(oldTwin.id), 'the old one is outside the newest 256 of both shared words');
});

test('a one-section archive whose articles share no words: each list is the first six others of the section, computed in linear time', () => {
  const docs = Array.from({ length: 20_000 }, (_, i) => doc({ title: `solo${i.toString(36)}q`, text: '', sectionId: 9, sectionRootId: 9 }));
  const started = performance.now();
  const result = computeRelated(docs, now);
  const ms = performance.now() - started;
  assert.deepEqual(result.get(docs[0]!.id)!.map((p) => p.id), docs.slice(1, 7).map((d) => d.id));
  assert.deepEqual(result.get(docs[3]!.id)!.map((p) => p.id), [0, 1, 2, 4, 5, 6].map((k) => docs[k]!.id));
  assert.ok([...result.values()].every((list) => list.length === 6));
  // Reading the whole section for every list is 400 million scores: minutes, not seconds.
  assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
});

test('a short textual list is topped up from the section; a same-section floor outranks a weaker match elsewhere', () => {
  const self = doc({ title: 'Weir gauges', text: 'weir gauge', sectionId: 1, sectionRootId: 1 });
  const match = doc({ title: 'Weir gauges', text: 'weir gauge', sectionId: 2, sectionRootId: 2 });
  const fillers = Array.from({ length: 8 }, (_, i) => doc({ title: `filler${i}z`, text: '', sectionId: 1, sectionRootId: 1 }));
  const ids = computeRelated([self, match, ...fillers], now).get(self.id)!.map((p) => p.id);
  assert.deepEqual(ids, [match.id, ...fillers.slice(0, 5).map((d) => d.id)]);
});
