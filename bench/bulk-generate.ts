// Builds archives of 10,000 to 100,000 articles with a million comments for bench:scale:
// the same rows generateArchive writes, inserted hundreds at a time straight through
// Kysely (a save per article would take an hour on PostgreSQL), then every list and
// related list computed by the product's own code.
import { sql, type Kysely } from 'kysely';
import type { DatabaseTarget } from '../src/config/database-url.js';
import { relatednessTerms } from '../src/domain/relatedness.js';
import { createStore } from '../src/store/create-store.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { openDatabase } from '../src/store/open-database.js';
import type { DB } from '../src/store/schema.js';
import { ARCHIVE_NOW } from './generate.js';

const TOPICS = ['water', 'reservoir', 'filter', 'chlorine', 'pipe', 'tide', 'clock', 'pendulum', 'survey', 'map', 'datum', 'meridian',
  'budget', 'council', 'bridge', 'harbour', 'railway', 'census', 'archive', 'drought', 'flood', 'energy', 'school', 'hospital'];
const SYLLABLES = ['ka', 'ter', 'min', 'lo', 'vra', 'sen', 'dul', 'qui', 'mar', 'tos', 'bel', 'ran', 'fi', 'gor', 'pel', 'sta'];
const BATCH = 400;

function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

async function insertMany<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** What a bulk archive holds, for choosing pages to request. */
export interface BulkArchive {
  articles: number;
  comments: number;
  /** The slug and date of the article in the middle of the archive. */
  middle: { slug: string; publishedAt: string };
  seconds: { rows: number; derived: number };
}

/** Writes `count` published articles with `commentsPerArticle` approved comments each into an empty database. */
export async function bulkGenerate(target: DatabaseTarget, count: number, commentsPerArticle: number): Promise<BulkArchive> {
  const database = await openDatabase(target);
  await migrateToLatest(database);
  const db = database.db as Kysely<DB>;
  const engine = database.helpers.engine;
  const rand = random(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const vocabulary = Array.from({ length: 4000 }, () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join(''));
  const word = () => (rand() < 0.08 ? pick(TOPICS) : vocabulary[Math.floor(vocabulary.length * rand() ** 2.5)]!);
  const sentence = () => Array.from({ length: 8 + Math.floor(rand() * 10) }, word).join(' ');
  const started = performance.now();
  const created = ARCHIVE_NOW.toISOString();
  const end = ARCHIVE_NOW.getTime();
  await db.transaction().execute(async (trx) => {
    const sections: number[] = [];
    for (const [i, slug] of ['city', 'science', 'history', 'money'].entries()) {
      sections.push((await trx.insertInto('sections').values({ slug, name: slug, description: '', parent_id: null, position: i, created_at: created }).returning('id').executeTakeFirstOrThrow()).id);
    }
    sections.push((await trx.insertInto('sections').values({ slug: 'transport', name: 'Transport', description: '', parent_id: sections[0]!, position: 0, created_at: created }).returning('id').executeTakeFirstOrThrow()).id);
    const authors: Array<{ id: number; name: string }> = [];
    for (let i = 0; i < 8; i++) authors.push({ id: (await trx.insertInto('authors').values({ slug: `writer-${i}`, name: `Writer ${i}`, bio: '', created_at: created }).returning('id').executeTakeFirstOrThrow()).id, name: `Writer ${i}` });
    const tags: Array<{ id: number; slug: string; name: string }> = [];
    for (let i = 0; i < 20; i++) tags.push({ id: (await trx.insertInto('tags').values({ slug: `tag-${i}`, name: `Tag ${i}` }).returning('id').executeTakeFirstOrThrow()).id, slug: `tag-${i}`, name: `Tag ${i}` });
    await trx.insertInto('articles').values({
      kind: 'page', slug: 'about', title: 'About', dek: null, body_markdown: 'About us.', body_html: '<p>About us.</p>', excerpt: 'About us.',
      status: 'published', published_at: created, updated_at: created, created_at: created, section_id: null, language: 'en',
    }).execute();
    for (let start = 0; start < count; start += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => {
        const n = start + i;
        const title = `${pick(TOPICS)} ${sentence().split(' ').slice(0, 4).join(' ')}`;
        const paragraphs = Array.from({ length: 6 }, () => Array.from({ length: 4 }, sentence).join('. ') + '.');
        const publishedAt = new Date(end - n * 3_600_000).toISOString();
        return { n, title, paragraphs, publishedAt, tags: [pick(tags), pick(tags)].filter((t, j, all) => all.indexOf(t) === j), author: pick(authors), section: pick(sections) };
      });
      const rows = await trx.insertInto('articles').values(batch.map((a) => ({
        kind: 'article', slug: `article-${a.n}`, title: a.title, dek: null, body_markdown: a.paragraphs.join('\n\n'),
        body_html: a.paragraphs.map((p) => `<p>${p}</p>`).join('\n'), excerpt: a.paragraphs[0]!.slice(0, 200), status: 'published',
        published_at: a.publishedAt, updated_at: a.publishedAt, created_at: a.publishedAt, section_id: a.section, language: 'en',
      }))).returning('id').execute();
      const withIds = batch.map((a, i) => ({ ...a, id: rows[i]!.id }));
      await trx.insertInto('article_authors').values(withIds.map((a) => ({ article_id: a.id, author_id: a.author.id, position: 0 }))).execute();
      await trx.insertInto('article_tags').values(withIds.flatMap((a) => a.tags.map((t) => ({ article_id: a.id, tag_id: t.id })))).execute();
      await trx.insertInto('notes').values(withIds.flatMap((a) => [1, 2].map((number) => {
        const url = `https://records.example.org/${a.n}-${number}`;
        const text = `Records office, ${a.title}, ${2000 + (a.n % 25)}, ${url} (accessed 2 March 2026).`;
        return { article_id: a.id, number, label: String(number), raw_text: text, html: `<p>${text}</p>`, url, accessed: '2026-03-02', citations: 1,
          csl: JSON.stringify({ type: 'webpage', title: a.title, URL: url }), ibid_of: null, recognised: 1, styled_html: null, styled_with: null };
      }))).execute();
      await trx.insertInto('related_terms').values(withIds.map((a) => ({
        article_id: a.id, terms: JSON.stringify(relatednessTerms({ title: a.title, text: a.paragraphs.join('\n'), tagSlugs: a.tags.map((t) => t.slug) })),
      }))).execute();
      const docs = withIds.map((a) => sql`(${a.id}, ${a.title}, '', ${a.paragraphs.join('\n')}, ${a.tags.map((t) => t.name).join(', ')}, ${a.author.name})`);
      if (engine === 'sqlite') await sql`insert into search_index (rowid, title, dek, body, tags, authors) values ${sql.join(docs)}`.execute(trx);
      else await sql`insert into search_index (article_id, title, dek, body, tags, authors) values ${sql.join(docs)}`.execute(trx);
      const comments = withIds.flatMap((a) => Array.from({ length: commentsPerArticle }, (_, c) => {
        const at = new Date(Date.parse(a.publishedAt) + (c + 1) * 60_000).toISOString();
        return { article_id: a.id, parent_id: null, author_name: `Reader ${c}`, author_email: `reader${c}@example.org`, author_url: null,
          body: 'A reader writes back.', body_html: '<p>A reader writes back.</p>', status: 'approved', ip_hash: 'generated', author_token_hash: null, created_at: at, updated_at: at };
      }));
      await insertMany(comments, (rows) => trx.insertInto('comments').values(rows).execute());
    }
  });
  const rowsDone = performance.now();
  const store = createStore(database.db, database.helpers);
  const { rebuildDerived } = await import('../src/services/discovery/rebuild-derived.js');
  await rebuildDerived(store, () => ARCHIVE_NOW);
  // As autovacuum would on a running site: statistics, and the visibility map that lets
  // index-only scans (list pages deep in an archive) skip the table.
  if (engine === 'postgres') await sql`vacuum analyze`.execute(db);
  const middle = Math.floor(count / 2);
  await database.close();
  return {
    articles: count,
    comments: count * commentsPerArticle,
    middle: { slug: `article-${middle}`, publishedAt: new Date(end - middle * 3_600_000).toISOString() },
    seconds: { rows: (rowsDone - started) / 1000, derived: (performance.now() - rowsDone) / 1000 },
  };
}
