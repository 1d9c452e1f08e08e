import { createHash } from 'node:crypto';
import { DomainError, invalid, isUnavailable } from '../../domain/errors.js';
import { articlePath } from '../../domain/permalinks.js';
import { buildRecord, checkedSlug, requireIsoTime, type ArticleInput } from '../articles/write-article.js';
import { RENDER_CITATIONS_JOB } from '../sources/render-citations.js';
import type { Clock, Repositories } from '../ports.js';
import type { createSummary } from './import-summary.js';
import type { PreparePool } from './prepare-pool.js';
import type { PrepareInput, PreparedPost } from './prepare-post.js';
import type { BulkArticle, ImportedRecord } from './ports.js';
import { importedArticleInput, writeImportedPost, type ImportablePost } from './write-imported-post.js';

type Summary = ReturnType<typeof createSummary>;
type Entry = { post: ImportablePost; where: string; then?: (articleId: number) => void | Promise<void> };
type Links = { sectionId: number | null; authors: Array<{ id: number; slug: string; name: string }>; tags: Array<{ id: number; slug: string; name: string }> };

/** Posts a batch: large enough that a few statements write hundreds of rows, small enough to keep memory flat. */
export const BATCH_SIZE = 250;

/** An error a post caused, saying which post (file and line, or item) it was. */
function located(where: string, post: ImportablePost, error: unknown): Error {
  // A lost database is not this post's fault.
  if (isUnavailable(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const text = `${where}: "${post.title}": ${message}`;
  return error instanceof DomainError ? new DomainError(error.kind, text, error.field, error.details) : new Error(text, { cause: error });
}

const checksumOf = (post: ImportablePost) => createHash('sha1').update(JSON.stringify(post)).digest('hex');

/**
 * Writes imported posts a batch at a time, with exactly what `writeImportedPost` writes for
 * each: a post already imported unchanged is skipped, one changed since is updated (one at
 * a time, through the editor's save path), new ones are rendered on worker threads and
 * inserted a few statements a batch, with their lists, search entries and terms. `then`
 * is called with each post's article id, in order, once its batch is written.
 */
export function createImportBatch(repos: Repositories, clock: Clock, source: string, summary: Summary, pool: PreparePool, size = BATCH_SIZE) {
  let queue: Entry[] = [];
  const queued = new Set<string>();
  // Slugs and old paths this import has used: a later post of the same file must not take them.
  const slugsUsed = new Set<string>();
  const pathsUsed = new Set<string>();

  async function freeSlug(wanted: string, taken: Set<string>): Promise<string> {
    for (let n = 1; ; n++) {
      const slug = n === 1 ? wanted : `${wanted}-${n}`;
      if (slugsUsed.has(slug) || taken.has(slug)) continue;
      if (n === 1 || !(await repos.articles.findBySlug(slug))) return slug;
    }
  }

  async function resolver(posts: ImportablePost[]): Promise<(post: ImportablePost, input: ArticleInput) => Links> {
    const sections = new Map((await repos.sections.all()).map((s) => [s.slug, s.id]));
    const authors = new Map((await repos.authors.findManyBySlugs([...new Set(posts.flatMap((p) => p.authorSlugs))])).map((a) => [a.slug, a]));
    const tags = new Map((await repos.tags.findManyBySlugs([...new Set(posts.flatMap((p) => p.tagSlugs))])).map((t) => [t.slug, t]));
    // The same checks, in the same order, as the editor's save path.
    return (post: ImportablePost, input: ArticleInput) => {
      let sectionId: number | null = null;
      if (input.sectionSlug) {
        if (post.kind === 'page') throw invalid('A standalone page does not belong to a section.', 'section');
        sectionId = sections.get(input.sectionSlug) ?? null;
        if (sectionId === null) throw invalid(`There is no section "${input.sectionSlug}".`, 'section');
      }
      const authorSlugs = [...new Set(input.authorSlugs ?? [])];
      const missingAuthor = authorSlugs.find((slug) => !authors.has(slug));
      if (missingAuthor) throw invalid(`There is no author "${missingAuthor}".`, 'authors');
      const tagSlugs = [...new Set(input.tagSlugs ?? [])];
      const missingTag = tagSlugs.find((slug) => !tags.has(slug));
      if (missingTag) throw invalid(`There is no tag "${missingTag}".`, 'tags');
      return {
        sectionId,
        authors: authorSlugs.map((slug) => authors.get(slug)!),
        // In the order the article's tags are read back (by name): relatedness terms depend on it.
        tags: tagSlugs.map((slug) => tags.get(slug)!).sort((a, b) => a.name.localeCompare(b.name, 'en')),
      };
    };
  }

  type Plan = { entry: Entry & { checksum: string }; slug: string; input: ArticleInput; links: Links; prepare: PrepareInput };

  /** Gives new posts their slugs and links (the checks the save path makes), in file order. */
  async function planNew(entries: Array<Entry & { checksum: string }>, now: Date): Promise<Plan[]> {
    if (entries.length === 0) return [];
    const taken = await repos.importWriter.takenSlugs(entries.map((e) => e.post.slug));
    const resolve = await resolver(entries.map((e) => e.post));
    const planned: Plan[] = [];
    for (const entry of entries) {
      const { post, where } = entry;
      try {
        const free = await freeSlug(post.slug, taken);
        const slug = checkedSlug({ slug: free, title: post.title }, post.kind);
        slugsUsed.add(slug);
        const input = importedArticleInput(post, slug);
        const links = resolve(post, input);
        const listed = post.kind === 'article' && post.status === 'published';
        planned.push({ entry, slug, input, links, prepare: { body: post.body, slug, title: post.title.trim(), dek: post.dek?.trim() || null, tagSlugs: links.tags.map((t) => t.slug), now: now.toISOString(), listed } });
      } catch (error) {
        throw located(where, post, error);
      }
    }
    return planned;
  }

  /** Writes planned posts, rendered, a few statements for the whole batch; returns their ids in order. */
  async function writeNew(planned: Plan[], prepared: PreparedPost[], now: Date): Promise<number[]> {
    if (planned.length === 0) return [];
    const articles: BulkArticle[] = planned.map((plan, i) => {
      const { post, where } = plan.entry;
      try {
        const record = buildRecord(plan.input, post.kind, plan.slug, now, plan.links.sectionId, prepared[i]!);
        const createdAt = plan.input.createdAt ? requireIsoTime(plan.input.createdAt, 'createdAt') : now.toISOString();
        return { record, createdAt, authorIds: plan.links.authors.map((a) => a.id), tagIds: plan.links.tags.map((t) => t.id), notes: prepared[i]!.notes, lintErrors: prepared[i]!.lintErrors, lintWarnings: prepared[i]!.lintWarnings };
      } catch (error) {
        throw located(where, post, error);
      }
    });
    const ids = await repos.importWriter.insertArticles(articles);
    const stamp = clock().toISOString();
    await repos.importWriter.enqueueJobs(ids.flatMap((articleId, i) => (articles[i]!.notes.some((n) => n.recognised) ? [{ kind: RENDER_CITATIONS_JOB, payload: { articleId }, now: now.toISOString() }] : [])));
    const listedAt = planned.flatMap((plan, i) => (articles[i]!.record.kind === 'article' && articles[i]!.record.status === 'published' ? [i] : []));
    await repos.search.indexMany(listedAt.map((i) => ({
      articleId: ids[i]!,
      title: articles[i]!.record.title,
      dek: articles[i]!.record.dek ?? '',
      body: prepared[i]!.searchBody ?? '',
      tags: planned[i]!.links.tags.map((t) => t.name).join(', '),
      authors: planned[i]!.links.authors.map((a) => a.name).join(', '),
    })));
    await repos.importWriter.setTerms(listedAt.map((i) => ({ articleId: ids[i]!, terms: prepared[i]!.terms ?? {} })));
    await repos.listings.sync(ids);
    await repos.importWriter.saveSources(planned.map((plan, i) => ({ source, kind: 'post', externalId: plan.entry.post.externalId, localId: ids[i]!, checksum: plan.entry.checksum, now: stamp })));
    await writeRedirects(planned.map((plan) => ({ post: plan.entry.post, slug: plan.slug })));
    planned.forEach((plan, i) => {
      const { post, where } = plan.entry;
      const kind = post.kind === 'page' ? 'pages' : 'articles';
      for (const warning of post.warnings) summary.warnings.push(`${where}: "${post.title}": ${warning}.`);
      if (plan.slug !== post.slug) summary.warnings.push(`${where}: "${post.title}": the slug "${post.slug}" is taken; imported as "${plan.slug}".`);
      const errors = prepared[i]!.lintErrors;
      if (errors > 0) summary.warnings.push(`${where}: "${post.title}": ${errors} citation error${errors === 1 ? '' : 's'} kept as in the source; run \`dossier lint\` on it or open it in the editor.`);
      summary.count(kind, 'created');
      if (post.lossy) summary.count(kind, 'lossy');
    });
    return ids;
  }

  async function writeRedirects(posts: Array<{ post: ImportablePost; slug: string }>): Promise<void> {
    const wanted = posts.filter(({ post }) => post.status === 'published' || post.status === 'scheduled');
    const existing = await repos.importWriter.redirectedPaths(wanted.flatMap(({ post }) => post.oldPaths));
    const rows = [];
    const createdAt = clock().toISOString();
    for (const { post, slug } of wanted) {
      const to = articlePath({ kind: post.kind, slug, publishedAt: post.publishedAt, createdAt });
      for (const from of post.oldPaths) {
        if (from === to || from === `${to}/`) continue;
        if (existing.has(from) || pathsUsed.has(from)) summary.count('redirects', 'skipped');
        else {
          pathsUsed.add(from);
          rows.push({ fromPath: from, toPath: to, statusCode: 301 as const, createdAt });
          summary.count('redirects', 'created');
        }
      }
    }
    await repos.importWriter.insertRedirects(rows);
  }

  // Batches written or being written, oldest first: each waits for the one before it, so
  // rows are written in file order, while the next batch renders on the worker threads and
  // the importer reads on. Ids of posts not yet written, so that a later copy waits for them.
  const writing: Array<Promise<void>> = [];
  const unwritten = new Set<string>();

  async function settle(): Promise<void> {
    while (writing.length > 0) await writing.shift();
  }

  /**
   * Starts writing what is queued: checks and slugs now, rendering on the worker threads,
   * the writes once the batch before is written. At most two batches are in flight.
   */
  async function startBatch(): Promise<void> {
    const entries = queue.map((entry) => ({ ...entry, checksum: checksumOf(entry.post) }));
    queue = [];
    queued.clear();
    if (entries.length === 0) return;
    while (writing.length > 1) await writing.shift();
    // A post already in a batch not yet written: its import record must be there to be read.
    if (entries.some((e) => unwritten.has(e.post.externalId))) await settle();
    const known = await repos.importWriter.findSources(source, 'post', entries.map((e) => e.post.externalId));
    const ids = new Map<Entry, number>();
    const fresh = [];
    const changed = [];
    for (const entry of entries) {
      const record: ImportedRecord | undefined = known.get(entry.post.externalId);
      if (!record) fresh.push(entry);
      else if (record.checksum === entry.checksum) {
        summary.count(entry.post.kind === 'page' ? 'pages' : 'articles', 'skipped');
        ids.set(entry, record.localId);
      } else changed.push(entry);
    }
    if (changed.length > 0) {
      // Changed since the last import: rare, so through the one-at-a-time save path, after
      // everything before it is written.
      await settle();
      for (const entry of changed) {
        try {
          ids.set(entry, await writeImportedPost(repos, clock, source, entry.post, entry.where, summary));
        } catch (error) {
          throw located(entry.where, entry.post, error);
        }
      }
    }
    const now = clock();
    const planned = await planNew(fresh, now);
    const rendering = pool.prepare(planned.map((p) => p.prepare));
    for (const entry of fresh) unwritten.add(entry.post.externalId);
    const before = writing[writing.length - 1];
    const done = (async () => {
      const prepared = await rendering;
      await before;
      const created = await writeNew(planned, prepared, now);
      fresh.forEach((entry, i) => {
        ids.set(entry, created[i]!);
        unwritten.delete(entry.post.externalId);
      });
      for (const entry of entries) await entry.then?.(ids.get(entry)!);
    })();
    // Awaited by the next batch or by flush; this only keeps a failure from being reported twice.
    done.catch(() => undefined);
    writing.push(done);
  }

  /** Writes what is queued and waits until every batch is written. */
  async function flush(): Promise<void> {
    await startBatch();
    await settle();
  }

  return {
    /**
     * Queues a post; starts writing the batch when it is full (or holds this post's id
     * already). `then` runs once the post is written, which may be after `add` returns.
     */
    async add(post: ImportablePost, where: string, then?: (articleId: number) => void | Promise<void>): Promise<void> {
      if (queued.has(post.externalId)) await startBatch();
      queue.push({ post, where, ...(then ? { then } : {}) });
      queued.add(post.externalId);
      pool.warm(queue.length);
      if (queue.length >= size) await startBatch();
    },
    /** Writes what is queued; every `then` has run when it returns. */
    flush,
    /**
     * Waits, ignoring their failures, until no batch is being written: an importer that fails
     * calls it before its transaction ends, so that nothing is written after the rollback.
     */
    async idle(): Promise<void> {
      queue = [];
      queued.clear();
      await Promise.allSettled(writing.splice(0));
    },
  };
}
