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
const VECTOR_TERMS = 48;
const STORED_TERMS = 200;
const SAME_SECTION = 0.25;
const SAME_ROOT = 0.1;
const PER_SHARED_AUTHOR = 0.15;
const RECENCY = 0.1;
const RECENCY_HALF_LIFE_DAYS = 365;
// Below any real textual overlap, so same-section articles only fill a list that is short.
const SECTION_FLOOR = 0.001;

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
  const vecs = entries.map((list) => {
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
  const shared = a.authorIds.filter((id) => b.authorIds.includes(id)).length;
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

/**
 * "You may also like" for every article: TF-IDF cosine similarity of title, body and tags,
 * boosted by the same section and shared authors, lightly by recency. Never the article
 * itself; only articles in `docs` (callers pass published articles only).
 */
export function computeRelated(docs: readonly RelatednessInput[], now: Date, limit = 6): Map<number, RelatedPick[]> {
  const { vecs, termCount } = vectors(docs);
  const postingDocs: number[][] = Array.from({ length: termCount }, () => []);
  const postingWeights: number[][] = Array.from({ length: termCount }, () => []);
  vecs.forEach((vec, index) => {
    for (let k = 0; k < vec.terms.length; k++) {
      postingDocs[vec.terms[k]!]!.push(index);
      postingWeights[vec.terms[k]!]!.push(vec.weights[k]!);
    }
  });
  const bySection = new Map<number, number[]>();
  docs.forEach((doc, index) => doc.sectionId !== null && bySection.set(doc.sectionId, [...(bySection.get(doc.sectionId) ?? []), index]));
  const nowMs = now.getTime();
  const recencies = docs.map((doc) => recency(doc, nowMs));
  const result = new Map<number, RelatedPick[]>();
  // One dense accumulator reused for every article: far cheaper than a Map per article.
  const dots = new Float64Array(docs.length);
  const touched: number[] = [];
  docs.forEach((doc, self) => {
    const vec = vecs[self]!;
    for (let k = 0; k < vec.terms.length; k++) {
      const weight = vec.weights[k]!;
      const others = postingDocs[vec.terms[k]!]!;
      const weights = postingWeights[vec.terms[k]!]!;
      for (let j = 0; j < others.length; j++) {
        const other = others[j]!;
        if (other === self) continue;
        if (dots[other] === 0) touched.push(other);
        dots[other] = dots[other]! + weight * weights[j]!;
      }
    }
    const top: RelatedPick[] = [];
    for (const other of touched) {
      const candidate = docs[other]!;
      const floor = candidate.sectionId !== null && candidate.sectionId === doc.sectionId ? SECTION_FLOOR : 0;
      pushTop(top, { id: candidate.id, score: dots[other]! * boost(doc, candidate) * recencies[other]! + floor }, limit);
    }
    if (top.length < limit && doc.sectionId !== null) {
      for (const other of bySection.get(doc.sectionId)!) {
        if (other === self || dots[other] !== 0) continue;
        pushTop(top, { id: docs[other]!.id, score: SECTION_FLOOR * recencies[other]! }, limit);
      }
    }
    for (const other of touched) dots[other] = 0;
    touched.length = 0;
    result.set(doc.id, top);
  });
  return result;
}
