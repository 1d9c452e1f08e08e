// Builds a large site quickly for benchmarks: articles go straight through the store in one
// transaction (no Markdown rendering), with the same search and relatedness entries a save writes.
import type { DatabaseTarget } from '../src/config/database-url.js';
import { relatednessTerms } from '../src/domain/relatedness.js';
import { createStore } from '../src/store/create-store.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { openDatabase } from '../src/store/open-database.js';

const TOPICS = ['water', 'reservoir', 'filter', 'chlorine', 'pipe', 'tide', 'clock', 'pendulum', 'survey', 'map', 'datum', 'meridian',
  'budget', 'council', 'bridge', 'harbour', 'railway', 'census', 'archive', 'drought', 'flood', 'energy', 'school', 'hospital'];
const SYLLABLES = ['ka', 'ter', 'min', 'lo', 'vra', 'sen', 'dul', 'qui', 'mar', 'tos', 'bel', 'ran', 'fi', 'gor', 'pel', 'sta'];

/** A small deterministic PRNG so every run builds the same site. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Generates `count` published articles (4 sections, 8 authors, 20 tags) into a fresh database. */
export async function generateSite(target: DatabaseTarget | string, count: number): Promise<{ ms: number }> {
  const started = performance.now();
  const database = await openDatabase(typeof target === 'string' ? { engine: 'sqlite', path: target } : target);
  await migrateToLatest(database);
  const store = createStore(database.db, database.helpers);
  const rand = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const vocabulary = Array.from({ length: 4000 }, () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join(''));
  // Zipf-like: early words are common, later ones rare.
  const word = () => (rand() < 0.08 ? pick(TOPICS) : vocabulary[Math.floor(vocabulary.length * rand() ** 2.5)]!);
  const sentence = () => Array.from({ length: 8 + Math.floor(rand() * 10) }, word).join(' ');
  const now = new Date('2026-06-01T00:00:00.000Z').getTime();
  await store.transaction(async (repos) => {
    const created = new Date(now).toISOString();
    const sections = [];
    for (const [i, slug] of ['city', 'science', 'history', 'money'].entries()) {
      sections.push(await repos.sections.insert({ slug, name: slug[0]!.toUpperCase() + slug.slice(1), description: '', parentId: null, position: i }, created));
    }
    const authors = [];
    for (let i = 0; i < 8; i++) authors.push({ id: await repos.authors.insert({ slug: `writer-${i}`, name: `Writer ${i}`, bio: '' }, created), name: `Writer ${i}` });
    const tags = [];
    for (let i = 0; i < 20; i++) tags.push({ id: await repos.tags.insert({ slug: `tag-${i}`, name: `Tag ${i}` }), slug: `tag-${i}`, name: `Tag ${i}` });
    for (let n = 0; n < count; n++) {
      const title = `${pick(TOPICS)} ${sentence().split(' ').slice(0, 4).join(' ')}`;
      const paragraphs = Array.from({ length: 6 }, () => Array.from({ length: 4 }, sentence).join('. ') + '.');
      const publishedAt = new Date(now - n * 3_600_000).toISOString();
      const articleTags = [pick(tags), pick(tags)].filter((t, i, all) => all.indexOf(t) === i);
      const author = pick(authors);
      const id = await repos.articles.insert({
        kind: 'article', slug: `article-${n}`, title, dek: null, bodyMarkdown: paragraphs.join('\n\n'),
        bodyHtml: paragraphs.map((p) => `<p>${p}</p>`).join('\n'), excerpt: paragraphs[0]!.slice(0, 200), status: 'published',
        publishedAt, updatedAt: publishedAt, sticky: false,
        sectionId: pick(sections), language: 'en',
      }, publishedAt);
      await repos.articles.setAuthors(id, [author.id]);
      await repos.articles.setTags(id, articleTags.map((t) => t.id));
      const body = paragraphs.join('\n');
      await repos.search.index({ articleId: id, title, dek: '', body, tags: articleTags.map((t) => t.name).join(', '), authors: author.name });
      await repos.related.setTerms(id, relatednessTerms({ title, text: body, tagSlugs: articleTags.map((t) => t.slug) }));
    }
  });
  await database.close();
  return { ms: performance.now() - started };
}

/** Times recomputing "You may also like" lists on a generated site: all, or those one saved article affects. */
export async function timeRelatedRefresh(path: string, changedId?: number): Promise<number> {
  const { refreshRelatedLists } = await import('../src/services/discovery/related-lists.js');
  const database = await openDatabase({ engine: 'sqlite', path });
  const store = createStore(database.db, database.helpers);
  const started = performance.now();
  await store.transaction((repos) => refreshRelatedLists(repos, new Date('2026-06-01T00:00:00.000Z'), changedId));
  const ms = performance.now() - started;
  await database.close();
  return ms;
}
