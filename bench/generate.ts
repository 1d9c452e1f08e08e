// Builds a large site quickly for benchmarks and the query-plan test: articles go straight
// through the store in one transaction (no Markdown rendering), with the same search,
// relatedness and listing entries a save writes, then every "You may also like" list.
import type { DatabaseTarget } from '../src/config/database-url.js';
import { relatednessTerms } from '../src/domain/relatedness.js';
import type { Store } from '../src/services/ports.js';
import { createStore } from '../src/store/create-store.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { openDatabase } from '../src/store/open-database.js';

const TOPICS = ['water', 'reservoir', 'filter', 'chlorine', 'pipe', 'tide', 'clock', 'pendulum', 'survey', 'map', 'datum', 'meridian',
  'budget', 'council', 'bridge', 'harbour', 'railway', 'census', 'archive', 'drought', 'flood', 'energy', 'school', 'hospital'];
const SYLLABLES = ['ka', 'ter', 'min', 'lo', 'vra', 'sen', 'dul', 'qui', 'mar', 'tos', 'bel', 'ran', 'fi', 'gor', 'pel', 'sta'];

/** The moment generated archives end at: the newest article is published then. */
export const ARCHIVE_NOW = new Date('2026-06-01T00:00:00.000Z');

/** A small deterministic PRNG so every run builds the same site. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** What a generated archive holds besides its articles, for requests against it. */
export interface GeneratedArchive {
  /** Section slugs, top level first; `city/transport` is nested. */
  sectionPaths: string[];
  tagSlugs: string[];
  authorSlugs: string[];
  /** Slugs and dates of articles, newest first (article-0 is the newest). */
  articles: Array<{ slug: string; publishedAt: string }>;
}

/**
 * Writes `count` published articles (5 sections, one nested; 8 authors; 20 tags; two
 * notes each), an About page and, with `commentsPerArticle`, one approved comment on every
 * article and that many on every tenth, into an empty, migrated store; then computes every
 * list and related list.
 */
export async function generateArchive(store: Store, count: number, options: { commentsPerArticle?: number } = {}): Promise<GeneratedArchive> {
  const rand = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const vocabulary = Array.from({ length: 4000 }, () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join(''));
  // Zipf-like: early words are common, later ones rare.
  const word = () => (rand() < 0.08 ? pick(TOPICS) : vocabulary[Math.floor(vocabulary.length * rand() ** 2.5)]!);
  const sentence = () => Array.from({ length: 8 + Math.floor(rand() * 10) }, word).join(' ');
  const now = ARCHIVE_NOW.getTime();
  const created = ARCHIVE_NOW.toISOString();
  const archive: GeneratedArchive = { sectionPaths: [], tagSlugs: [], authorSlugs: [], articles: [] };
  await store.transaction(async (repos) => {
    const sections: number[] = [];
    for (const [i, slug] of ['city', 'science', 'history', 'money'].entries()) {
      sections.push(await repos.sections.insert({ slug, name: slug[0]!.toUpperCase() + slug.slice(1), description: '', parentId: null, position: i }, created));
      archive.sectionPaths.push(slug);
    }
    sections.push(await repos.sections.insert({ slug: 'transport', name: 'Transport', description: '', parentId: sections[0]!, position: 0 }, created));
    archive.sectionPaths.push('city/transport');
    const authors = [];
    for (let i = 0; i < 8; i++) {
      authors.push({ id: await repos.authors.insert({ slug: `writer-${i}`, name: `Writer ${i}`, bio: '' }, created), name: `Writer ${i}` });
      archive.authorSlugs.push(`writer-${i}`);
    }
    const tags = [];
    for (let i = 0; i < 20; i++) {
      tags.push({ id: await repos.tags.insert({ slug: `tag-${i}`, name: `Tag ${i}` }), slug: `tag-${i}`, name: `Tag ${i}` });
      archive.tagSlugs.push(`tag-${i}`);
    }
    await repos.articles.insert({
      kind: 'page', slug: 'about', title: 'About', dek: null, bodyMarkdown: 'About us.', bodyHtml: '<p>About us.</p>', excerpt: 'About us.',
      status: 'published', publishedAt: created, updatedAt: created, sticky: false, sectionId: null, language: 'en',
    }, created);
    for (let n = 0; n < count; n++) {
      const title = `${pick(TOPICS)} ${sentence().split(' ').slice(0, 4).join(' ')}`;
      const paragraphs = Array.from({ length: 6 }, () => Array.from({ length: 4 }, sentence).join('. ') + '.');
      const publishedAt = new Date(now - n * 3_600_000).toISOString();
      const articleTags = [pick(tags), pick(tags)].filter((t, i, all) => all.indexOf(t) === i);
      const author = pick(authors);
      const slug = `article-${n}`;
      const id = await repos.articles.insert({
        kind: 'article', slug, title, dek: null, bodyMarkdown: paragraphs.join('\n\n'),
        bodyHtml: paragraphs.map((p) => `<p>${p}</p>`).join('\n'), excerpt: paragraphs[0]!.slice(0, 200), status: 'published',
        publishedAt, updatedAt: publishedAt, sticky: n === count - 1,
        sectionId: pick(sections), language: 'en',
      }, publishedAt);
      archive.articles.push({ slug, publishedAt });
      await repos.articles.setAuthors(id, [author.id]);
      await repos.articles.setTags(id, articleTags.map((t) => t.id));
      const body = paragraphs.join('\n');
      await repos.search.index({ articleId: id, title, dek: '', body, tags: articleTags.map((t) => t.name).join(', '), authors: author.name });
      await repos.related.setTerms(id, relatednessTerms({ title, text: body, tagSlugs: articleTags.map((t) => t.slug) }));
      await repos.articles.setNotes(id, [1, 2].map((number) => {
        const url = `https://records.example.org/${pick(TOPICS)}/${n}-${number}`;
        const text = `${pick(TOPICS)} office, ${sentence().split(' ').slice(0, 5).join(' ')}, ${2000 + (n % 25)}, ${url} (accessed 2 March 2026).`;
        return {
          number, label: String(number), rawText: text, html: `<p>${text}</p>`, url, accessed: '2026-03-02', citations: 1,
          csl: { type: 'webpage', title: text.slice(0, 60), URL: url }, ibidOf: null, recognised: true, styledHtml: null, styledWith: null,
        };
      }));
      // Every article has a comment; every tenth a conversation.
      const comments = options.commentsPerArticle === undefined ? 0 : n % 10 === 0 ? options.commentsPerArticle : 1;
      if (comments > 0) {
        for (let c = 0; c < comments; c++) {
          await repos.comments.insert({
            articleId: id, parentId: null, authorName: `Reader ${c}`, authorEmail: `reader${c}@example.org`, authorUrl: null,
            body: 'A reader writes back.', bodyHtml: '<p>A reader writes back.</p>', status: 'approved', createdAt: new Date(Date.parse(publishedAt) + (c + 1) * 60_000).toISOString(),
            ipHash: 'generated', authorTokenHash: null,
          });
        }
      }
    }
  });
  const { rebuildDerived } = await import('../src/services/discovery/rebuild-derived.js');
  await rebuildDerived(store, () => ARCHIVE_NOW);
  return archive;
}

/** Generates `count` published articles into a fresh database (see generateArchive). */
export async function generateSite(target: DatabaseTarget | string, count: number, options: { commentsPerArticle?: number } = {}): Promise<{ ms: number }> {
  const started = performance.now();
  const database = await openDatabase(typeof target === 'string' ? { engine: 'sqlite', path: target } : target);
  await migrateToLatest(database);
  await generateArchive(createStore(database.db, database.helpers), count, options);
  await database.close();
  return { ms: performance.now() - started };
}

/** Times recomputing "You may also like" lists on a generated site: all, or those one saved article affects. */
export async function timeRelatedRefresh(path: string, changedId?: number): Promise<number> {
  const { refreshRelatedLists } = await import('../src/services/discovery/related-lists.js');
  const database = await openDatabase({ engine: 'sqlite', path });
  const store = createStore(database.db, database.helpers);
  const started = performance.now();
  await store.transaction((repos) => refreshRelatedLists(repos, ARCHIVE_NOW, changedId));
  const ms = performance.now() - started;
  await database.close();
  return ms;
}
