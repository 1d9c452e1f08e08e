// `dossier export json` is a backup: imported into an empty site, every table comes back
// row by row, on each engine and from SQLite to PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import pg from 'pg';
import { demoContent } from '../../src/demo/content.js';
import { renderCommentBody } from '../../src/content/comment-body.js';
import type { DossierExport } from '../../src/export/json-format.js';
import { ENGINES, type FreshDatabase, type TestEngine } from '../support/databases.js';
import { rawRows } from '../support/raw-rows.js';
import { createTestSite, type TestSite } from '../support/site.js';

const clock = () => new Date('2026-11-27T12:00:00.000Z');

/**
 * Tables not compared, and why: each is about the running site, not its content.
 * jobs: the work queue (an import queues its own note-styling jobs); import_sources: which
 * import made which row (the target's own); sessions, attempt_counters: sign-ins and rate
 * limits; the migration tables: when each migration ran; search tables: the engine's own
 * full-text index, rebuilt from the articles (its content is checked by searching).
 */
const SKIPPED_TABLES = /^(jobs|import_sources|sessions|attempt_counters|kysely_migration.*|search.*|articles_fts.*)$/;
/** Columns not compared, and why: notes' styled copies are made by a background job after an import. */
// Styled notes are rendered again by a job.
const SKIPPED_COLUMNS: Record<string, string[]> = { notes: ['styled_html', 'styled_with'] };

async function tablesOf(database: FreshDatabase): Promise<string[]> {
  const target = database.target;
  if (target.engine === 'sqlite') {
    const db = new Database(target.path, { readonly: true });
    try {
      return (db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as Array<{ name: string }>).map((r) => r.name);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return (await client.query("select table_name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' order by table_name", [target.schema])).rows.map((r) => r.table_name as string);
  } finally {
    await client.end();
  }
}

/**
 * Ids are not content: two sites number their rows differently. Every column holding an id
 * is compared as the natural key of the row it points to (an article's slug, an account's
 * email…), and `id` columns themselves are left out.
 */
const NATURAL: Record<string, (row: Record<string, unknown>, keys: Keys) => string> = {
  articles: (r) => String(r['slug']),
  authors: (r) => String(r['slug']),
  tags: (r) => String(r['slug']),
  sections: (r) => String(r['slug']),
  users: (r) => String(r['email']),
  media: (r) => String(r['stored_name']),
  comments: (r, keys) => `${keys['articles']?.get(Number(r['article_id']))}|${String(r['created_at'])}|${String(r['author_email'])}`,
};
type Keys = Record<string, Map<number, string>>;
const REFS: Record<string, string> = {
  article_id: 'articles', related_id: 'articles', author_id: 'authors', tag_id: 'tags', section_id: 'sections',
  user_id: 'users', owner_user_id: 'users', updated_by: 'users', featured_media_id: 'media', avatar_media_id: 'media',
  // A translation group is numbered by one of its articles' ids.
  translation_group: 'articles',
};
/** Ids inside JSON columns: a revision's snapshot names its featured image by id. */
const JSON_REFS: Record<string, Record<string, Record<string, string>>> = { revisions: { fields: { featuredMediaId: 'media' } } };
const LISTING_SCOPES: Record<string, string> = { section: 'sections', tag: 'tags', author: 'authors' };

async function keysOf(database: FreshDatabase): Promise<Keys> {
  const keys: Keys = {};
  for (const table of ['articles', 'authors', 'tags', 'sections', 'users', 'media', 'comments']) {
    keys[table] = new Map((await rawRows(database, table)).map((row) => [Number(row['id']), NATURAL[table]!(row, keys)]));
  }
  return keys;
}

/** A table's rows as sorted JSON lines, ids as the keys of what they point to. */
async function tableLines(database: FreshDatabase, table: string, keys: Keys): Promise<string[]> {
  const skipped = SKIPPED_COLUMNS[table] ?? [];
  const refOf = (row: Record<string, unknown>, column: string): string | undefined => {
    if (column === 'parent_id' && (table === 'sections' || table === 'comments')) return table;
    if (column === 'scope_id' && table.startsWith('listing')) return LISTING_SCOPES[String(row['scope']).split('@')[0]!]; // section@fr: a section's French list
    if (column === 'item_id' && table === 'translations') return LISTING_SCOPES[String(row['kind'])]; // a section's, tag's or author's translation
    return REFS[column];
  };
  const rows = await rawRows(database, table);
  return rows
    .map((row) => {
      const out: Record<string, unknown> = {};
      for (const column of Object.keys(row).sort()) {
        if (column === 'id' || skipped.includes(column)) continue;
        let value = typeof row[column] === 'bigint' ? Number(row[column]) : row[column];
        // PostgreSQL keeps relatedness scores as `real` (single precision), SQLite as doubles.
        if (typeof value === 'number' && !Number.isInteger(value)) value = Math.fround(value);
        const ref = refOf(row, column);
        const keyOf = (table: string, id: unknown): string => `${table}:${keys[table]?.get(Number(id)) ?? `missing ${String(id)}`}`;
        out[column] = ref && value !== null ? keyOf(ref, value) : value;
        const inJson = JSON_REFS[table]?.[column];
        if (inJson && typeof value === 'string') {
          const object = JSON.parse(value) as Record<string, unknown>;
          for (const [field, refTable] of Object.entries(inJson)) if (object[field] !== null && object[field] !== undefined) object[field] = keyOf(refTable, object[field]);
          out[column] = object;
        }
      }
      return JSON.stringify(out);
    })
    .sort();
}

async function seedEverything(site: TestSite): Promise<void> {
  const { services } = site;
  const repos = site.site.store.repos;
  await services.transfer.seedDemo(demoContent);
  const [first, second] = (await services.transfer.exports.json()).articles.filter((a) => a.status === 'published' && a.kind === 'article');
  const article = (await services.reader.article(first!.slug)).article;
  const author = (await repos.authors.all())[0]!;
  const editorId = await services.accounts.add({ email: 'maren@example.org', name: 'Maren Oduya', role: 'editor', password: 'a long test password', authorSlug: author.slug });
  await services.accounts.add({ email: 'ops@example.org', name: 'Ops', role: 'administrator', password: 'another long password' });
  // An id no row of the importing site will get, so a revision that kept the raw id would point at nothing there.
  await repos.siteRecords.insert('media', [{ id: 900, filename: 'quay.jpg', stored_name: 'a1b2c3-quay.webp', mime: 'image/webp', width: 1200, height: 800, bytes: 81234, alt: 'The north quay', sizes: JSON.stringify([{ width: 600, name: 'a1b2c3-quay-600.webp' }]), sha256: 'f'.repeat(64), user_id: editorId, created_at: '2026-11-20T08:00:00.000Z' }]);
  const mediaId = (await repos.siteRecords.idsByKey('media', 'stored_name')).get('a1b2c3-quay.webp')!;
  await repos.siteRecords.update('articles', 'slug', article.slug, { featured_media_id: mediaId, featured_alt: 'The quay at dawn', seo_title: 'Water bills, audited', seo_description: 'What the audit found.', owner_user_id: editorId, updated_by: editorId, version: 4 });
  // Migration 017: the caption, the share card, an avatar kept at its address.
  await repos.siteRecords.update('articles', 'slug', article.slug, { featured_caption: 'Photo: the harbour office', og_title: 'Shared: water bills', og_description: 'Shared description', og_image: '/media/a1b2c3-quay.webp', twitter_title: 'Tweeted', twitter_description: null, twitter_image: 'https://images.example.org/tw.png' });
  await repos.siteRecords.update('authors', 'slug', author.slug, { email: 'author@example.org', avatar_media_id: mediaId });
  const other = (await repos.authors.all())[1]!;
  await repos.siteRecords.update('authors', 'slug', other.slug, { avatar_url: 'https://www.gravatar.com/avatar/d94a22d95b540979c98f20e4598e32ee?s=250&d=mm&r=x' });
  await repos.revisions.insert({ articleId: article.id, version: 3, autosave: false, title: 'An older title', bodyMarkdown: 'Older text.', fields: { slug: article.slug, dek: null, status: 'published', publishedAt: article.publishedAt, sectionSlug: null, authorSlugs: [], tagSlugs: [], featuredMediaId: mediaId, featuredAlt: 'The quay', seoTitle: null, seoDescription: null }, userId: editorId, createdAt: '2026-11-21T09:00:00.000Z' });
  await repos.corrections.insert({ articleId: article.id, kind: 'correction', text: 'The figure is 19 percent, not 17.', date: '2026-11-22T00:00:00.000Z', userId: editorId, createdAt: '2026-11-22T10:00:00.000Z' });
  const parent = await repos.comments.insert({ articleId: article.id, parentId: null, authorName: 'Noor', authorEmail: 'noor@example.org', authorUrl: 'https://noor.example.org', body: 'Is it audited?', bodyHtml: renderCommentBody('Is it audited?'), status: 'approved', createdAt: '2026-11-21T10:00:00.000Z', ipHash: 'hash-of-noor', authorTokenHash: 'token-hash' });
  await repos.comments.insert({ articleId: article.id, parentId: parent, authorName: 'Maren', authorEmail: 'maren@example.org', authorUrl: null, body: 'Yes.', bodyHtml: renderCommentBody('Yes.'), status: 'pending', createdAt: '2026-11-21T11:00:00.000Z', ipHash: 'hash-of-maren', authorTokenHash: null });
  await repos.siteRecords.insert('links', [{ url: 'https://example.org/audit', status: 'dead', http_status: 404, reason: 'Not Found', first_checked_at: '2026-10-01T00:00:00.000Z', last_checked_at: '2026-11-01T00:00:00.000Z', consecutive_failures: 3, first_failure_at: '2026-10-15T00:00:00.000Z', final_url: null, redirect_chain: '[]', fragment_lost: 0, archive_url: 'https://web.archive.org/web/2025/https://example.org/audit', archive_captured_at: '2025-05-01T00:00:00.000Z', archive_checked_at: '2026-11-01T00:00:00.000Z', archive_error: null }]);
  await repos.siteRecords.insert('link_urls', [{ source_url: 'https://example.org/audit#p3', link_url: 'https://example.org/audit', fragment: 'p3' }]);
  await repos.siteRecords.insert('link_checks', [
    { url: 'https://example.org/audit', checked_at: '2026-10-01T00:00:00.000Z', status: 'ok', counted_failure: 0, http_status: 200, error: null, duration_ms: 120, final_url: null, redirect_chain: '[]' },
    { url: 'https://example.org/audit', checked_at: '2026-11-01T00:00:00.000Z', status: 'dead', counted_failure: 1, http_status: 404, error: 'Not Found', duration_ms: 95, final_url: null, redirect_chain: '[]' },
  ]);
  await repos.siteRecords.insert('page_snapshots', [{ url: 'https://example.org/audit', fetched_at: '2026-10-01T00:00:00.000Z', final_url: 'https://example.org/audit', http_status: 200, content_type: 'text/html', sha256: 'e'.repeat(64), html: '<p>Audit</p>', readable_text: 'Audit', title: 'Audit', truncated: 0, error: null }]);
  await repos.contentKeys.insert({ name: 'Mobile app', secret: '0123456789abcdef0123456789', createdAt: '2026-11-01T00:00:00.000Z' });
  await services.structure.addRedirect({ fromPath: '/old-water', toPath: `/2026/11/${second!.slug}`, statusCode: 301 });
  await services.settings.update({ title: 'Kessmere Desk', citationStyle: 'apa' });
}

async function compareEveryTable(source: TestSite, target: TestSite): Promise<void> {
  const tables = (await tablesOf(source.database)).filter((t) => !SKIPPED_TABLES.test(t));
  assert.ok(tables.length >= 20, `tables found: ${tables.join(', ')}`);
  const [sourceKeys, targetKeys] = [await keysOf(source.database), await keysOf(target.database)];
  for (const table of tables) {
    assert.deepEqual(await tableLines(target.database, table, targetKeys), await tableLines(source.database, table, sourceKeys), `table ${table}`);
  }
}

const PAIRS: Array<[TestEngine, TestEngine]> = [...ENGINES.map((e) => [e, e] as [TestEngine, TestEngine]), ['sqlite', 'postgres']];

for (const [from, to] of PAIRS) {
  describe(`a complete export, imported into an empty site (${from} → ${to})`, () => {
    let source: TestSite;
    let target: TestSite;
    let exported: DossierExport;
    before(async () => {
      source = await createTestSite(from, clock);
      target = await createTestSite(to, clock);
      await seedEverything(source);
      exported = await source.services.transfer.exports.json({ withSecrets: true });
      await target.services.transfer.imports.json({ file: 'site.json', json: JSON.stringify(exported) });
    });
    after(async () => {
      await source.close();
      await target.close();
    });

    test('every table comes back row by row (with --with-secrets)', async () => {
      await compareEveryTable(source, target);
    });

    test('without --with-secrets: no password hashes, IP hashes, salt or API keys in the file', async () => {
      const plain = await source.services.transfer.exports.json();
      const text = JSON.stringify(plain);
      assert.ok(plain.records?.users?.every((u) => u['password_hash'] === null));
      assert.equal(plain.records?.content_keys, undefined);
      assert.ok(!('ipHashSalt' in plain.settings));
      assert.doesNotMatch(text, /hash-of-noor|token-hash|0123456789abcdef0123456789|scrypt/);
      // The quay, and the demo articles' pictures (one per original article).
      assert.equal(plain.media.length, 1 + new Set(demoContent.articles.flatMap((a) => (a.image ? [a.image.svg] : []))).size);
      assert.deepEqual(plain.fields?.articles?.find((a) => a['seo_title'])?.['featured_media_id'], 'a1b2c3-quay.webp', 'featured images by their media file, not an id');
      const revision = plain.records?.revisions?.find((r) => r['title'] === 'An older title');
      assert.equal(JSON.parse(String(revision?.['fields']))['featuredMediaId'], 'a1b2c3-quay.webp', 'a revision\'s featured image by its media file, not an id');
    });

    test('translation groups travel, named by a member\'s slug (the smallest member when the group\'s own article is gone)', async () => {
      const groups = (exported.fields?.articles ?? []).filter((a) => a['translation_group'] !== null);
      assert.ok(groups.length >= 2, 'the demo has translations');
      const source = await target.services.reader.article(String(groups[0]!['slug']));
      assert.ok(source.translations.length >= 1, 'the imported article has its translation');
      // A group whose numbering article was deleted: renumbered by its smallest member on export.
      const site = await createTestSite(from, clock);
      try {
        await site.services.transfer.seedDemo(demoContent);
        const rows = (await site.site.store.repos.siteRecords.rows('articles', ['id'])).filter((r) => r['translation_group'] === null).slice(0, 2);
        for (const row of rows) await site.site.store.repos.siteRecords.update('articles', 'slug', row['slug'], { translation_group: 999999 });
        const file = await site.services.transfer.exports.json();
        const named = file.fields!.articles!.filter((a) => rows.some((r) => r['slug'] === a['slug'])).map((a) => a['translation_group']);
        assert.deepEqual(named, [rows[0]!['slug'], rows[0]!['slug']]);
      } finally {
        await site.close();
      }
    });

    test('a revision from an older file, naming its image by the other site\'s id, is restored without it, and said', async () => {
      const revisions = exported.records!.revisions!.map((r) => (r['title'] === 'An older title' ? { ...r, fields: String(r['fields']).replace('"a1b2c3-quay.webp"', '900') } : r));
      const site = await createTestSite(to, clock);
      try {
        const summary = await site.services.transfer.imports.json({ file: 'old.json', json: JSON.stringify({ ...exported, records: { ...exported.records, revisions } }) });
        assert.ok(summary.warnings.some((w) => /old\.json: records\.revisions\[\d+\]: fields\.featuredMediaId is 900, an id on the site that wrote the file/.test(w)), summary.warnings.join('\n'));
        const row = (await rawRows(site.database, 'revisions')).find((r) => r['title'] === 'An older title')!;
        assert.equal(JSON.parse(String(row['fields']))['featuredMediaId'], null);
        assert.equal(JSON.parse(String(row['fields']))['featuredAlt'], 'The quay');
      } finally {
        await site.close();
      }
    });

    test('importing it again adds nothing', async () => {
      const summary = await target.services.transfer.imports.json({ file: 'site.json', json: JSON.stringify(exported) });
      for (const [kind, counts] of Object.entries(summary.kinds)) assert.equal(counts.created + counts.updated, 0, kind);
      await compareEveryTable(source, target);
    });
  });
}
