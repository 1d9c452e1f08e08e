import { createHash } from 'node:crypto';
import { DomainError, invalid, isUnavailable } from '../../domain/errors.js';
import { articlePath } from '../../domain/permalinks.js';
import { buildRecord, checkedSlug, requireIsoTime, type ArticleInput } from '../articles/write-article.js';
import { RENDER_CITATIONS_JOB } from '../sources/render-citations.js';
import type { Clock, Repositories } from '../ports.js';
import type { createSummary } from './import-summary.js';
import type { PreparePool } from './prepare-pool.js';
import type { PrepareInput } from './prepare-post.js';
import type { BulkArticle, ImportedRecord } from './ports.js';
import { importedArticleInput, writeImportedPost, type ImportablePost } from './write-imported-post.js';

type Summary = ReturnType<typeof createSummary>;
type Entry = { post: ImportablePost; where: string; then?: (articleId: number) => void | Promise<void> };

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

  async function resolver(posts: ImportablePost[]) {
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

  async function writeNew(entries: Array<Entry & { checksum: string }>): Promise<number[]> {
    if (entries.length === 0) return [];
    const now = clock();
    const taken = await repos.importWriter.takenSlugs(entries.map((e) => e.post.slug));
    const resolve = await resolver(entries.map((e) => e.post));
    const planned: Array<{ entry: Entry & { checksum: string }; slug: string; input: ArticleInput; links: ReturnType<typeof resolve>; prepare: PrepareInput }> = [];
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
    const prepared = await pool.prepare(planned.map((p) => p.prepare));
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

  async function flush(): Promise<void> {
    const entries = queue.map((entry) => ({ ...entry, checksum: checksumOf(entry.post) }));
    queue = [];
    queued.clear();
    if (entries.length === 0) return;
    const known = await repos.importWriter.findSources(source, 'post', entries.map((e) => e.post.externalId));
    const ids = new Map<Entry, number>();
    const fresh = [];
    for (const entry of entries) {
      const record: ImportedRecord | undefined = known.get(entry.post.externalId);
      if (!record) fresh.push(entry);
      else if (record.checksum === entry.checksum) {
        summary.count(entry.post.kind === 'page' ? 'pages' : 'articles', 'skipped');
        ids.set(entry, record.localId);
      } else {
        // Changed since the last import: rare, so through the one-at-a-time save path.
        try {
          ids.set(entry, await writeImportedPost(repos, clock, source, entry.post, entry.where, summary));
        } catch (error) {
          throw located(entry.where, entry.post, error);
        }
      }
    }
    const created = await writeNew(fresh);
    fresh.forEach((entry, i) => ids.set(entry, created[i]!));
    for (const entry of entries) await entry.then?.(ids.get(entry)!);
  }

  return {
    /** Queues a post; writes the batch when it is full (or holds this post's id already). */
    async add(post: ImportablePost, where: string, then?: (articleId: number) => void | Promise<void>): Promise<void> {
      if (queued.has(post.externalId)) await flush();
      queue.push({ post, where, ...(then ? { then } : {}) });
      queued.add(post.externalId);
      if (queue.length >= size) await flush();
    },
    /** Writes what is queued. */
    flush,
  };
}
