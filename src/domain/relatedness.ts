import { textTerms } from './text-terms.js';

/** What relatedness is computed from, for one published article. */
export interface RelatednessInput {
  id: number;
  /** Weighted term counts from `relatednessTerms`, stored when the article is saved. */
  terms: Record<string, number>;
  authorIds: number[];
  sectionId: number | null;
  /** The top-level section above (or equal to) `sectionId`. */
  sectionRootId: number | null;
  publishedAt: string;
}

/** One stored "You may also like" entry. */
export interface RelatedPick {
  id: number;
  score: number;
}

// Weights: a title word or a shared tag says more about the topic than a body word.
const TITLE_WEIGHT = 3;
const TAG_WEIGHT = 4;
const VECTOR_TERMS = 32;
const STORED_TERMS = 100;
// A term in more than a tenth of all articles says little about any one of them, and its
// long posting list is what would make all-pairs scoring quadratic.
const COMMON_SHARE = 0.1;
const COMMON_MIN_DF = 50;
/**
 * An article's list looks for candidates among the newest this many articles sharing each
 * of its terms (ids grow with time): older ones rarely win with the recency boost, and
 * reading every posting list in full is what made computing all lists quadratic in the
 * archive (minutes at 30,000 articles). Archives smaller than this see every candidate.
 */
const CANDIDATES_PER_TERM = 256;
const SAME_SECTION = 0.25;
const SAME_ROOT = 0.1;
const PER_SHARED_AUTHOR = 0.15;
const RECENCY = 0.1;
const RECENCY_HALF_LIFE_DAYS = 365;
// Below any real textual overlap, so same-section articles only fill a list that is short.
const SECTION_FLOOR = 0.001;
// The largest boost × recency factor any pair can get.
const MAX_FACTOR = (1 + SAME_SECTION + 2 * PER_SHARED_AUTHOR) * (1 + RECENCY);

/** A sparse vector: interned term ids and their weights. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Weighted term counts of an article's title, text and tags, at most 200 terms. Computed
 * once per save and stored, so recomputing every list never re-reads article bodies.
 */
export function relatednessTerms(doc: { title: string; text: string; tagSlugs: readonly string[] }): Record<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  for (const term of textTerms(doc.title)) add(term, TITLE_WEIGHT);
  for (const term of textTerms(doc.text.replace(/https?:\/\/\S+/g, ' '))) add(term, 1);
  for (const slug of doc.tagSlugs) add(`#${slug}`, TAG_WEIGHT);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).slice(0, STORED_TERMS));
}

/** TF-IDF vectors (sublinear tf), cut to their strongest terms and L2-normalised; terms interned. */
function vectors(docs: readonly RelatednessInput[]): { vecs: Vector[]; termCount: number } {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const entries = docs.map((doc) => {
    const list: Array<[number, number]> = [];
    for (const term in doc.terms) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        df.push(0);
      }
      df[id] = df[id]! + 1;
      list.push([id, doc.terms[term]!]);
    }
    return list;
  });
  const common = Math.max(COMMON_MIN_DF, docs.length * COMMON_SHARE);
  const vecs = entries.map((entries) => {
    const list = entries.filter(([id]) => df[id]! <= common);
    for (const entry of list) entry[1] = (1 + Math.log(entry[1])) * Math.log(1 + docs.length / df[entry[0]]!);
    list.sort((a, b) => b[1] - a[1]);
    const top = list.slice(0, VECTOR_TERMS);
    const norm = Math.sqrt(top.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    return { terms: Int32Array.from(top, ([id]) => id), weights: Float64Array.from(top, ([, w]) => w / norm) };
  });
  return { vecs, termCount: ids.size };
}

function boost(a: RelatednessInput, b: RelatednessInput): number {
  let factor = 1;
  if (a.sectionId !== null && a.sectionId === b.sectionId) factor += SAME_SECTION;
  else if (a.sectionRootId !== null && a.sectionRootId === b.sectionRootId) factor += SAME_ROOT;
  let shared = 0;
  for (const id of a.authorIds) if (b.authorIds.includes(id)) shared += 1;
  return factor + PER_SHARED_AUTHOR * Math.min(shared, 2);
}

function recency(doc: RelatednessInput, now: number): number {
  const ageDays = Math.max(0, (now - Date.parse(doc.publishedAt)) / 86_400_000);
  return 1 + RECENCY * 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS);
}

/** Keeps the `limit` best picks, best first. */
function pushTop(top: RelatedPick[], pick: RelatedPick, limit: number): void {
  if (top.length === limit && pick.score <= top[limit - 1]!.score) return;
  let i = top.length < limit ? top.length : limit - 1;
  top[i] = pick;
  while (i > 0 && top[i - 1]!.score < pick.score) {
    top[i] = top[i - 1]!;
    top[i - 1] = pick;
    i -= 1;
  }
}

/** Vectors, postings and per-article factors, built once per computation. */
export interface RelatedIndex {
  docs: readonly RelatednessInput[];
  vecs: Vector[];
  postingDocs: number[][];
  postingWeights: number[][];
  bySection: Map<number, number[]>;
  recencies: number[];
  /** Dense accumulator reused by every query; always zero between queries. */
  dots: Float64Array;
  touched: number[];
}

/** Builds the index both `computeRelated` and `scoresToward` use; build once when calling both. */
export function buildRelatedIndex(docs: readonly RelatednessInput[], now: Date): RelatedIndex {
  const { vecs, termCount } = vectors(docs);
  const postingDocs: number[][] = Array.from({ length: termCount }, () => []);
  const postingWeights: number[][] = Array.from({ length: termCount }, () => []);
  const bySection = new Map<number, number[]>();
  vecs.forEach((vec, index) => {
    for (let k = 0; k < vec.terms.length; k++) {
      postingDocs[vec.terms[k]!]!.push(index);
      postingWeights[vec.terms[k]!]!.push(vec.weights[k]!);
    }
    const sectionId = docs[index]!.sectionId;
    if (sectionId !== null) bySection.set(sectionId, bySection.get(sectionId) ?? []).get(sectionId)!.push(index);
  });
  const recencies = docs.map((doc) => recency(doc, now.getTime()));
  return { docs, vecs, postingDocs, postingWeights, bySection, recencies, dots: new Float64Array(docs.length), touched: [] };
}

/**
 * Cosine similarity of `self` with the articles sharing a term (the newest `perTerm` of
 * each term's, when given): fills `dots`/`touched`.
 */
function accumulate(index: RelatedIndex, self: number, perTerm = Infinity): void {
  const { vecs, postingDocs, postingWeights, dots, touched } = index;
  const vec = vecs[self]!;
  for (let k = 0; k < vec.terms.length; k++) {
    const weight = vec.weights[k]!;
    const others = postingDocs[vec.terms[k]!]!;
    const weights = postingWeights[vec.terms[k]!]!;
    for (let j = Math.max(0, others.length - perTerm); j < others.length; j++) {
      const other = others[j]!;
      if (other === self) continue;
      if (dots[other] === 0) touched.push(other);
      dots[other] = dots[other]! + weight * weights[j]!;
    }
  }
}

function reset(index: RelatedIndex): void {
  for (const other of index.touched) index.dots[other] = 0;
  index.touched.length = 0;
}

/** The score `candidate` gets in the list of `owner`, given their cosine similarity. */
function score(index: RelatedIndex, owner: number, candidate: number, dot: number): number {
  const a = index.docs[owner]!;
  const b = index.docs[candidate]!;
  const floor = b.sectionId !== null && b.sectionId === a.sectionId ? SECTION_FLOOR : 0;
  return dot * boost(a, b) * index.recencies[candidate]! + floor;
}

function listFor(index: RelatedIndex, self: number, limit: number): RelatedPick[] {
  accumulate(index, self, CANDIDATES_PER_TERM);
  const top: RelatedPick[] = [];
  for (const other of index.touched) {
    const dot = index.dots[other]!;
    // Most candidates share a word or two; skip the full score when even the largest boosts could not place them.
    if (top.length === limit && dot * MAX_FACTOR + SECTION_FLOOR <= top[limit - 1]!.score) continue;
    pushTop(top, { id: index.docs[other]!.id, score: score(index, self, other, dot) }, limit);
  }
  const sectionId = index.docs[self]!.sectionId;
  if (top.length < limit && sectionId !== null) {
    // Every such candidate scores exactly SECTION_FLOOR, so the first ones in section order
    // fill the list and none after can enter it: stop there, not after the whole section
    // (reading all of it made a one-section archive quadratic).
    for (const other of index.bySection.get(sectionId)!) {
      if (top.length === limit && top[limit - 1]!.score >= SECTION_FLOOR) break;
      if (other !== self && index.dots[other] === 0) pushTop(top, { id: index.docs[other]!.id, score: score(index, self, other, 0) }, limit);
    }
  }
  reset(index);
  return top;
}

/**
 * "You may also like": TF-IDF cosine similarity of title, body and tags, boosted by the
 * same section and shared authors, lightly by recency. Never the article itself; only
 * articles in `docs` (callers pass published articles only). Lists for every article, or
 * only for the ids in `only`.
 */
export function computeRelated(
  docs: readonly RelatednessInput[], now: Date, limit = 6, only?: ReadonlySet<number>, index = buildRelatedIndex(docs, now),
): Map<number, RelatedPick[]> {
  const result = new Map<number, RelatedPick[]>();
  docs.forEach((doc, self) => {
    if (!only || only.has(doc.id)) result.set(doc.id, listFor(index, self, limit));
  });
  return result;
}

/** The score article `targetId` would have in every other article's list (0 when it would not appear). */
export function scoresToward(docs: readonly RelatednessInput[], now: Date, targetId: number, index = buildRelatedIndex(docs, now)): Map<number, number> {
  const target = docs.findIndex((doc) => doc.id === targetId);
  const result = new Map<number, number>();
  if (target < 0) return result;
  // Cosine similarity is symmetric, so one pass from the target gives every pair's dot.
  accumulate(index, target);
  docs.forEach((doc, other) => {
    if (other !== target) result.set(doc.id, score(index, other, target, index.dots[other]!));
  });
  reset(index);
  return result;
}
