import type { Kysely } from 'kysely';
import type { ArticleKind, ArticleStatus } from '../../domain/article.js';
import type { LinkStatus } from '../../domain/link-health.js';
import type { LinkRepository } from '../../services/sources/ports.js';
import type { DB } from '../schema.js';
import { compiledQuery } from '../compiled-query.js';
import { publiclyVisible } from './public-visibility.js';
import { linkRow, toLinkCheck, toLinkRecord, toSnapshot } from './link-rows.js';

// Long IN lists are split: both engines cap the number of bound parameters.
const CHUNK = 500;
function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const SNAPSHOT_META = ['url', 'fetched_at', 'final_url', 'http_status', 'content_type', 'sha256', 'title', 'truncated', 'error'] as const;

/** Links, their checks and page copies on Kysely; one code path for both engines. */
// On every article page: compiled once per engine.
const notesHealth = compiledQuery((db: Kysely<DB>, p: { articleId: number }) => db
  .selectFrom('notes')
  .innerJoin('link_urls', 'link_urls.source_url', 'notes.url')
  .innerJoin('links', 'links.url', 'link_urls.link_url')
  .select(['notes.number', 'links.url', 'links.status', 'links.last_checked_at', 'links.archive_url', 'links.archive_captured_at'])
  .where('notes.article_id', '=', p.articleId));

// The Sources page: links in key order (primary key), each kept when a published article cites it.
const citedLinksPage = compiledQuery((db: Kysely<DB>, p: { after: string; limit: number; now: string }) => db
  .selectFrom('links')
  .select(['links.url', 'links.status', 'links.last_checked_at', 'links.archive_url'])
  .where('links.url', '>', p.after)
  .where((eb) => eb.exists(eb
    .selectFrom('link_urls')
    .innerJoin('notes', 'notes.url', 'link_urls.source_url')
    .innerJoin('articles', 'articles.id', 'notes.article_id')
    .select(eb.lit(1).as('one'))
    .whereRef('link_urls.link_url', '=', 'links.url')
    .where((inner) => publiclyVisible(inner, p.now))))
  .orderBy('links.url')
  .limit(p.limit));

export function linksRepo(db: Kysely<DB>): LinkRepository {
  return {
    async citedLinks(filter) {
      let query = db
        .selectFrom('notes')
        .innerJoin('articles', 'articles.id', 'notes.article_id')
        .select(['articles.id as article_id', 'articles.slug', 'articles.title', 'articles.status', 'notes.number', 'notes.url', 'notes.accessed'])
        .where('notes.url', 'is not', null)
        .orderBy('articles.slug')
        .orderBy('notes.number');
      if (filter.articleSlug !== undefined) query = query.where('articles.slug', '=', filter.articleSlug);
      if (filter.articleId !== undefined) query = query.where('articles.id', '=', filter.articleId);
      if (filter.publishedOnly) query = query.where('articles.status', '=', 'published');
      const rows = await query.execute();
      return rows.map((r) => ({
        articleId: r.article_id, articleSlug: r.slug, articleTitle: r.title, articleStatus: r.status as ArticleStatus,
        noteNumber: r.number, sourceUrl: r.url!, accessed: r.accessed,
      }));
    },

    async findMany(urls) {
      const found = [];
      for (const part of chunks([...new Set(urls)])) {
        found.push(...(await db.selectFrom('links').selectAll().where('url', 'in', part).execute()));
      }
      return found.map(toLinkRecord);
    },

    async lastChecked() {
      const rows = await db.selectFrom('links').select(['url', 'last_checked_at']).execute();
      return new Map(rows.map((r) => [r.url, r.last_checked_at]));
    },

    async saveCheck(link, check, sources) {
      const row = linkRow(link);
      const { url: _url, first_checked_at: _first, ...changes } = row;
      await db.insertInto('links').values(row).onConflict((oc) => oc.column('url').doUpdateSet(changes)).execute();
      await db
        .insertInto('link_checks')
        .values({
          url: check.url,
          checked_at: check.checkedAt,
          status: check.status,
          counted_failure: check.failure ? 1 : 0,
          http_status: check.httpStatus,
          error: check.error,
          duration_ms: Math.round(check.durationMs),
          final_url: check.finalUrl,
          redirect_chain: JSON.stringify(check.redirects),
        })
        .execute();
      for (const source of sources) {
        await db
          .insertInto('link_urls')
          .values({ source_url: source.sourceUrl, link_url: link.url, fragment: source.fragment })
          .onConflict((oc) => oc.column('source_url').doUpdateSet({ link_url: link.url, fragment: source.fragment }))
          .execute();
      }
      // The articles whose notes cite the link: their pages show its status.
      const citing = await db.selectFrom('link_urls').innerJoin('notes', 'notes.url', 'link_urls.source_url')
        .select('notes.article_id').distinct().where('link_urls.link_url', '=', link.url).execute();
      return citing.map((row) => row.article_id);
    },

    async history(url, limit) {
      const rows = await db.selectFrom('link_checks').selectAll().where('url', '=', url).orderBy('checked_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toLinkCheck);
    },

    async noteHealth(articleId) {
      const rows = await notesHealth(db, { articleId });
      return rows.map((r) => ({
        noteNumber: r.number, url: r.url, status: r.status as LinkStatus, lastCheckedAt: r.last_checked_at, archiveUrl: r.archive_url, archiveCapturedAt: r.archive_captured_at,
      }));
    },

    async citedSources(after, limit, now) {
      const links = await citedLinksPage(db, { after, limit, now });
      if (links.length === 0) return [];
      const citing = await db
        .selectFrom('link_urls')
        .innerJoin('notes', 'notes.url', 'link_urls.source_url')
        .innerJoin('articles', 'articles.id', 'notes.article_id')
        .select(['link_urls.link_url', 'articles.id', 'articles.slug', 'articles.title', 'articles.kind', 'articles.published_at', 'articles.created_at', 'articles.section_id'])
        .where('link_urls.link_url', 'in', links.map((l) => l.url))
        .where((eb) => publiclyVisible(eb, now))
        .execute();
      const byLink = new Map<string, typeof citing>();
      for (const row of citing) byLink.set(row.link_url, [...(byLink.get(row.link_url) ?? []), row]);
      return links.flatMap((l) => (byLink.get(l.url) ?? []).sort((a, b) => a.id - b.id).map((r) => ({
        url: l.url, status: l.status as LinkStatus, lastCheckedAt: l.last_checked_at, archiveUrl: l.archive_url,
        article: { id: r.id, slug: r.slug, title: r.title, kind: r.kind as ArticleKind, publishedAt: r.published_at, createdAt: r.created_at, sectionId: r.section_id },
      })));
    },

    async saveSnapshot(s) {
      await db
        .insertInto('page_snapshots')
        .values({
          url: s.url, fetched_at: s.fetchedAt, final_url: s.finalUrl, http_status: s.httpStatus, content_type: s.contentType, sha256: s.sha256,
          html: s.html, readable_text: s.readableText, title: s.title, truncated: s.truncated ? 1 : 0, error: s.error,
        })
        .execute();
    },

    async snapshots(urls, full) {
      const found = [];
      for (const part of chunks([...new Set(urls)])) {
        const query = db.selectFrom('page_snapshots').where('url', 'in', part).orderBy('fetched_at', 'desc').orderBy('id', 'desc');
        found.push(...(full ? await query.selectAll().execute() : await query.select(SNAPSHOT_META).execute()));
      }
      return found.map(toSnapshot).sort((a, b) => b.fetchedAt.localeCompare(a.fetchedAt));
    },
  };
}
