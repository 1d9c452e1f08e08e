// The scale guard: on a generated 10,000-article archive, every SQL statement that a
// public page runs must be served by an index — for its filter and for its order — on
// both engines. A full scan of a content table (or a sort of its rows) is a page that
// slows down as the archive grows.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompiledQuery, type Kysely } from 'kysely';
import { ARCHIVE_NOW, generateArchive, type GeneratedArchive } from '../../bench/generate.js';
import type { OpenDatabase } from '../../src/store/dialect.js';
import { openDatabase, type RanQuery } from '../../src/store/open-database.js';
import { ENGINES } from '../support/databases.js';
import { createTestSite, type TestSite } from '../support/site.js';

const ARTICLES = Number(process.env['QUERY_PLAN_ARTICLES'] ?? 10_000);

/** Tables that grow with the archive (articles, their notes, links, comments, lists); small lookup tables may be scanned. */
const CONTENT_TABLES = new Set([
  'articles', 'article_tags', 'article_authors', 'notes', 'comments', 'related_articles', 'related_terms', 'search_index',
  'search_documents', 'corrections', 'revisions', 'links', 'link_urls', 'link_checks', 'page_snapshots', 'listings', 'media', 'jobs',
  // Translated names grow with tags × languages.
  'translations',
]);

/** The public pages of a generated archive, one or more of each type. */
function publicPaths(archive: GeneratedArchive): string[] {
  const middle = archive.articles[Math.floor(archive.articles.length / 2 / 10) * 10]!;
  const articlePath = `/${middle.publishedAt.slice(0, 4)}/${middle.publishedAt.slice(5, 7)}/${middle.slug}`;
  return [
    '/', '/page/2', '/page/40',
    articlePath, `${articlePath}/comments.xml`, `${articlePath}/references.bib`, `${articlePath}/references.json`,
    '/about',
    '/section/city', '/section/city/transport', '/section/money/page/3',
    '/tag/tag-3', '/tag/tag-3/page/2', '/author/writer-2', '/author/writer-2/page/5',
    '/search?q=water', '/search?q=water+council&section=city', '/search?q=tide&author=writer-1&from=2025-01-01', '/search?q=nothingmatchesthis',
    '/feed.xml', '/feed.atom', '/feed.json', '/section/city/feed.xml', '/tag/tag-3/feed.atom', '/author/writer-2/feed.json',
    '/comments/feed.xml', '/sources', '/corrections', '/corrections?before=2026-01-01T00:00:00.000Z~5', '/corrections/feed.xml',
    '/sitemap.xml', '/sitemaps/articles-1.xml', '/sitemaps/pages.xml', '/sitemaps/sections.xml', '/sitemaps/tags.xml',
    '/sitemaps/authors.xml', '/sitemaps/news.xml',
    // Per-language lists and search (the site publishes in French too, under /fr/).
    // City and tag-3 have French names and slugs (translations); transport has none.
    '/fr/', '/fr/page/2', '/fr/section/ville', '/fr/section/ville/transport', '/fr/tag/etiquette-3', '/fr/search?q=water', '/fr/feed.xml',
  ];
}

/** The Content API's answers (Ghost's paths) over the same archive: browses with each kind of filter, reads, lists. */
function apiPaths(archive: GeneratedArchive, key: string): string[] {
  const middle = archive.articles[Math.floor(archive.articles.length / 2 / 10) * 10]!;
  const api = (path: string, query = '') => `/ghost/api/content/${path}?key=${key}${query}`;
  return [
    api('posts/', '&include=tags,authors'), api('posts/', '&page=40&limit=15'), api('posts/', '&limit=all&order=published_at%20asc'),
    api('posts/', '&filter=tag:tag-3&page=2'), api('posts/', '&filter=author:writer-2%2Bfeatured:false'), api('posts/', '&filter=featured:true'),
    api('posts/', '&filter=primary_tag:city'), api('posts/', '&filter=tag:city%2Btag:-tag-3'), api('posts/', '&filter=tag:tag-3,author:writer-2&include=references'),
    api(`posts/slug/${middle.slug}/`, '&include=tags,authors'), api('pages/'), api('pages/', '&filter=featured:false'),
    api('tags/', '&include=count.posts&limit=all'), api('tags/slug/tag-3/'), api('authors/', '&include=count.posts'), api('authors/slug/writer-2/'), api('settings/'),
  ];
}

/**
 * What is wrong with one statement's plan: a content table read in full, or its rows
 * sorted. A statement that declares its bound in SQL (`/* bounded: … *\/`, search's
 * newest matches) may sort that bounded set, never scan a table.
 */
async function planProblems(db: Kysely<unknown>, engine: string, query: RanQuery, pages: Map<string, number>): Promise<string[]> {
  if (!/^\s*(\/\*.*?\*\/\s*)?(select|with)\b/is.test(query.sql)) return [];
  const bounded = /\/\* bounded: /.test(query.sql);
  const problems: string[] = [];
  if (engine === 'sqlite') {
    const rows = (await db.executeQuery(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]))).rows as Array<{ detail: string }>;
    const details = rows.map((r) => r.detail);
    const readsContent = details.some((d) => [...CONTENT_TABLES].some((t) => new RegExp(`\\b${t}\\b`).test(d)));
    const rangeOverContent = details.some((d) => {
      const search = /^SEARCH (\w+)(?: AS \w+)? USING (?:COVERING )?INDEX \w+ \(([^)]*)\)/.exec(d);
      return search !== null && CONTENT_TABLES.has(search[1]!) && /[<>]/.test(search[2]!);
    });
    for (const detail of details) {
      const scan = /^SCAN (\w+)(?: AS \w+)?(.*)$/.exec(detail);
      if (scan && CONTENT_TABLES.has(scan[1]!) && !/USING (COVERING )?INDEX|VIRTUAL TABLE/.test(scan[2]!)) problems.push(detail);
      if (!bounded && readsContent && /USE TEMP B-TREE FOR (ORDER BY|RIGHT PART OF ORDER BY)/.test(detail)) problems.push(detail);
      // Sorting the rows of a few keys (`article_id IN (…)`, `= ?`) is bounded; sorting what a
      // range of a content table's index gives (`published_at<?`) reads the whole range.
      if (!bounded && rangeOverContent && /USE TEMP B-TREE FOR LAST TERM OF ORDER BY/.test(detail)) problems.push(detail);
    }
    return problems;
  }
  // PostgreSQL plans by statistics: at this size it may rightly read a small table whole.
  // So: no sequential scan of a content table past a few pages, and none at all once
  // sequential scans are priced out — an index must exist that can serve the statement.
  const seqScans = async (): Promise<string[]> => {
    const rows = (await db.executeQuery(CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]))).rows as Array<{ 'QUERY PLAN': unknown }>;
    const found: string[] = [];
    const walk = (node: Record<string, unknown>) => {
      const relation = node['Relation Name'];
      if (node['Node Type'] === 'Seq Scan' && typeof relation === 'string' && CONTENT_TABLES.has(relation)) found.push(relation);
      for (const child of (node['Plans'] as Array<Record<string, unknown>> | undefined) ?? []) walk(child);
    };
    const plan = rows[0]!['QUERY PLAN'];
    walk(((Array.isArray(plan) ? plan[0] : JSON.parse(String(plan))[0]) as { Plan: Record<string, unknown> }).Plan);
    return found;
  };
  for (const relation of await seqScans()) {
    if ((pages.get(relation) ?? 0) >= SMALL_TABLE_PAGES) problems.push(`Seq Scan on ${relation} (${pages.get(relation)} pages)`);
  }
  await db.executeQuery(CompiledQuery.raw('set enable_seqscan = off'));
  try {
    for (const relation of await seqScans()) problems.push(`Seq Scan on ${relation} even with sequential scans priced out: no index serves it`);
  } finally {
    await db.executeQuery(CompiledQuery.raw('set enable_seqscan = on'));
  }
  return problems;
}

/** A table this small (8 kB pages) is read whole faster than through an index; PostgreSQL rightly does. */
const SMALL_TABLE_PAGES = 16;

/** Pages of each table, after ANALYZE (PostgreSQL). */
async function tablePages(db: Kysely<unknown>): Promise<Map<string, number>> {
  const rows = (await db.executeQuery(CompiledQuery.raw(
    "select relname, relpages from pg_class where relkind = 'r' and relnamespace = current_schema()::regnamespace",
  ))).rows as Array<{ relname: string; relpages: number }>;
  return new Map(rows.map((r) => [r.relname, Number(r.relpages)]));
}

for (const engine of ENGINES) {
  describe(`query plans on a ${ARTICLES.toLocaleString('en')}-article archive (${engine})`, { timeout: 600_000 }, () => {
    let site: TestSite;
    let archive: GeneratedArchive;
    let explainer: OpenDatabase;
    let pages = new Map<string, number>();
    let capture: RanQuery[] | null = null;
    let key = '';
    let frenchArticle = '';

    before(async () => {
      site = await createTestSite(engine, () => new Date(ARCHIVE_NOW.getTime() + 3_600_000), { onQuery: (query) => capture?.push(query) });
      archive = await generateArchive(site.site.store, ARTICLES, { commentsPerArticle: 3 });
      key = (await site.services.contentApi.keys.add('query plans')).secret;
      await site.services.settings.update({ languages: ['fr'], languagePrefixes: true });
      const { sections, tags } = await site.services.structure.lists();
      await site.services.structure.saveTranslations('section', sections.find((s) => s.slug === 'city')!.id, [{ language: 'fr', name: 'Ville', slug: 'ville' }]);
      await site.services.structure.saveTranslations('tag', tags.find((t) => t.slug === 'tag-3')!.id, [{ language: 'fr', name: 'Étiquette 3', slug: 'etiquette-3' }]);
      explainer = await openDatabase(site.database.target);
      // One article in five carries a correction, so the corrections log is planned over real rows.
      await explainer.db.executeQuery(CompiledQuery.raw(
        "insert into corrections (article_id, kind, text, date, user_id, created_at) select id, 'correction', 'A figure was wrong.', published_at, null, published_at from articles where id % 5 = 0",
      ));
      // One article in ten is in French (never the one whose page is planned), listed in its language's lists.
      await explainer.db.executeQuery(CompiledQuery.raw("update articles set language = 'fr' where id % 10 = 3"));
      // A French article's page too: its byline reads which authors have a French bio, by their ids.
      const french = (await explainer.db.executeQuery<{ slug: string; published_at: string }>(CompiledQuery.raw("select slug, published_at from articles where language = 'fr' and status = 'published' order by id limit 1"))).rows[0]!;
      frenchArticle = `/fr/${french.published_at.slice(0, 4)}/${french.published_at.slice(5, 7)}/${french.slug}`;
      await site.services.discovery.rebuild();
      // PostgreSQL plans by statistics; a real site has them from autovacuum.
      if (engine === 'postgres') {
        await explainer.db.executeQuery(CompiledQuery.raw('analyze'));
        pages = await tablePages(explainer.db as unknown as Kysely<unknown>);
      }
    });

    after(async () => {
      await explainer?.close();
      await site?.close();
    });

    test('every statement of every public page type uses an index for its filter and its order', async () => {
      const failures: string[] = [];
      let statements = 0;
      for (const path of [...publicPaths(archive), frenchArticle, ...apiPaths(archive, key)]) {
        capture = [];
        const response = await site.inject(path);
        const ran = capture;
        capture = null;
        assert.equal(response.statusCode, 200, `${path} answered ${response.statusCode}`);
        for (const query of ran) {
          statements++;
          for (const problem of await planProblems(explainer.db as unknown as Kysely<unknown>, engine, query, pages)) {
            failures.push(`${path}: ${problem}\n    ${query.sql.slice(0, 300)}`);
          }
        }
      }
      console.log(`  ${statements} statements on ${publicPaths(archive).length + 1} pages and ${apiPaths(archive, key).length} API answers checked`);
      assert.deepEqual(failures, [], `plans that grow with the archive:\n${failures.join('\n')}`);
    });
  });
}
