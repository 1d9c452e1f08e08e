import type { DossierExport } from '../../export/json-format.js';
import { parseExport } from '../../importers/json/parse-export.js';
import { linkableWebsite } from '../../domain/comment-input.js';
import { parseFediverseHandle } from '../../domain/fediverse.js';
import { SETTING_KEYS } from '../../domain/settings.js';
import type { Clock, Repositories, Store } from '../ports.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import { createSummary, type ImportSummary } from './import-summary.js';
import { importCommentThreads, type ThreadedComment } from './comment-threads.js';
import { createImportBatch } from './import-batch.js';
import { createPreparePool } from './prepare-pool.js';
import { ensureTag } from './wordpress-structure.js';
import { fieldKeys, importRecords } from './import-records.js';
import { IP_SALT_SETTING } from '../comments/comment-keys.js';
import { importTermTranslations } from './import-translations.js';

type Summary = ReturnType<typeof createSummary>;
const SOURCE = 'dossier-json';

/** An author's fediverse handle from the file; one that is not a handle is left out with a warning. */
function importedHandle(author: DossierExport['authors'][number], summary: Summary): string | null {
  try {
    return parseFediverseHandle(author.fediverse ?? '');
  } catch (error) {
    summary.warnings.push(`Author ${author.slug}: ${(error as Error).message} It was left out.`);
    return null;
  }
}

async function importSections(repos: Repositories, data: DossierExport, now: string, summary: Summary): Promise<void> {
  const existing = new Map((await repos.sections.all()).map((s) => [s.slug, s.id]));
  let pending = [...data.sections];
  while (pending.length > 0) {
    const ready = pending.filter((s) => !s.parent || existing.has(s.parent) || !data.sections.some((o) => o.slug === s.parent));
    const batch = ready.length > 0 ? ready : [pending[0]!];
    for (const section of batch) {
      if (existing.has(section.slug)) summary.count('sections', 'skipped');
      else {
        const parentId = section.parent ? (existing.get(section.parent) ?? null) : null;
        existing.set(section.slug, await repos.sections.insert({ slug: section.slug, name: section.name, description: section.description, parentId, position: section.position }, now));
        summary.count('sections', 'created');
      }
    }
    pending = pending.filter((s) => !batch.includes(s));
  }
}

async function importComments(repos: Repositories, data: DossierExport, articleIds: Map<string, number>, summary: Summary): Promise<void> {
  const { renderCommentBody } = await import('../../content/comment-body.js');
  type Item = ThreadedComment | { key: string; orphanArticle: DossierExport['comments'][number] };
  const threaded: Item[] = [];
  for (const comment of [...data.comments].sort((a, b) => a.id - b.id)) {
    const articleId = articleIds.get(comment.article);
    if (articleId === undefined) {
      // Counted as the one-at-a-time import did: a known comment first, else a missing article.
      threaded.push({ key: `${comment.article}:${comment.id}`, orphanArticle: comment });
      continue;
    }
    // Only an http(s) website is kept (it becomes a link); `javascript:` and the like are dropped.
    const authorUrl = linkableWebsite(comment.authorUrl);
    if (comment.authorUrl && !authorUrl) summary.warnings.push(`Comment ${comment.id}: its website "${comment.authorUrl.slice(0, 100)}" is not an http(s) address; it was left out.`);
    threaded.push({
      key: `${comment.article}:${comment.id}`,
      ref: String(comment.id),
      parentRef: comment.parent === null ? null : String(comment.parent),
      comment: {
        articleId,
        authorName: comment.authorName,
        authorEmail: comment.authorEmail,
        authorUrl,
        body: comment.body,
        bodyHtml: renderCommentBody(comment.body),
        status: comment.status,
        createdAt: comment.createdAt,
        ipHash: comment.ipHash ?? '',
        authorTokenHash: comment.authorTokenHash ?? null,
      },
      onOrphan: () => summary.warnings.push(`Comment ${comment.id} replies to comment ${comment.parent}, which is not in the file; it is imported at the top of its thread.`),
    });
  }
  const known = await repos.importWriter.findSources(SOURCE, 'comment', threaded.flatMap((t) => ('orphanArticle' in t ? [t.key] : [])));
  for (const t of threaded) {
    if (!('orphanArticle' in t)) continue;
    if (!known.has(t.key)) summary.warnings.push(`Comment ${t.orphanArticle.id} belongs to "${t.orphanArticle.article}", which is not in the file; it was skipped.`);
    summary.count('comments', 'skipped');
  }
  await importCommentThreads(repos, SOURCE, threaded.flatMap((t) => ('orphanArticle' in t ? [] : [t])), summary);
}

/** An article's corrections and updates, each once: one already there (same kind, date and text) is not added again. */
async function importCorrections(repos: Repositories, articleId: number, corrections: NonNullable<DossierExport['articles'][number]['corrections']>, now: string, users: Map<string, number>): Promise<void> {
  if (corrections.length === 0) return;
  const key = (c: { kind: string; date: string; text: string }) => `${c.kind}|${c.date}|${c.text}`;
  const existing = new Set((await repos.corrections.listFor(articleId)).map(key));
  for (const c of corrections) {
    if (existing.has(key(c))) continue;
    existing.add(key(c));
    await repos.corrections.insert({ articleId, kind: c.kind, text: c.text, date: c.date, userId: c.user ? (users.get(c.user) ?? null) : null, createdAt: c.createdAt ?? now });
  }
}

/**
 * Imports a Dossier export (`dossier export json`) in one transaction: settings, sections,
 * tags, authors, articles and pages (notes come back from their bodies) with their corrections, comments with
 * their threads, redirects. Importing the same file again adds nothing.
 */
export async function importJson(store: Store, clock: Clock, input: { file: string; json: string }): Promise<ImportSummary> {
  const data = parseExport(input.file, input.json);
  const summary = createSummary();
  const pool = createPreparePool();
  try {
    await store.transaction(async (repos) => {
    const now = clock().toISOString();
    const batch = createImportBatch(repos, clock, SOURCE, summary, pool);
    try {
    const before = await fieldKeys(repos);
    for (const [key, value] of Object.entries(data.settings)) if (SETTING_KEYS.includes(key) || key === IP_SALT_SETTING) await repos.settings.set(key, value);
    await importSections(repos, data, now, summary);
    for (const tag of data.tags) await ensureTag(repos, tag.slug, tag.name, summary);
    for (const author of data.authors) {
      if (await repos.authors.findBySlug(author.slug)) summary.count('authors', 'skipped');
      else {
        await repos.authors.insert({ slug: author.slug, name: author.name, bio: author.bio, fediverse: importedHandle(author, summary) }, now);
        summary.count('authors', 'created');
      }
    }
    await importTermTranslations(repos, input.file, data, summary);
    const records = { ...data.records, media: data.records?.media ?? data.media };
    await importRecords(repos, input.file, records, {}, before, summary, 'before-articles');
    const users = await repos.siteRecords.idsByKey('users', 'email');
    const articleIds = new Map<string, number>();
    // Set once all articles are written, a few statements rather than one an article.
    const commentsOpen: Array<{ articleId: number; open: boolean }> = [];
    for (const article of data.articles) {
      // Bodies are rendered again rather than taken as exported: the file carries Markdown only,
      // a hand-edited file must not bring unsanitised HTML, and the stored HTML must be what
      // this version renders (the editor saves it so), not what the exporting version did.
      await batch.add({
        externalId: article.slug,
        kind: article.kind,
        title: article.title,
        slug: article.slug,
        status: article.status,
        publishedAt: article.publishedAt,
        updatedAt: article.updatedAt,
        excerpt: article.excerpt,
        dek: article.dek,
        sticky: article.sticky,
        createdAt: article.createdAt,
        language: article.language,
        sectionSlug: article.section,
        tagSlugs: article.tags,
        authorSlugs: article.authors,
        body: article.body,
        oldPaths: [],
        warnings: [],
      }, `${input.file} (${article.slug})`, async (id) => {
        articleIds.set(article.slug, id);
        commentsOpen.push({ articleId: id, open: article.commentsOpen });
        await importCorrections(repos, id, article.corrections ?? [], now, users);
        if (article.articleType !== undefined) await repos.editorial.set(id, { articleType: article.articleType });
      });
    }
    await batch.flush();
    await repos.importWriter.setCommentsOpen(commentsOpen);
    await importComments(repos, data, articleIds, summary);
    for (const redirect of data.redirects) {
      if (await repos.redirects.find(redirect.from)) summary.count('redirects', 'skipped');
      else {
        await repos.redirects.insert({ fromPath: redirect.from, toPath: redirect.to, statusCode: redirect.status }, now);
        summary.count('redirects', 'created');
      }
    }
    await importRecords(repos, input.file, records, data.fields ?? {}, before, summary, 'after-articles');
    if (Object.values(summary.kinds).some((c) => c.created + c.updated > 0)) await refreshRelatedLists(repos, clock());
    } catch (error) {
      // Batches may still be rendering or writing: let them finish before the rollback.
      await batch.idle();
      throw error;
    }
    });
  } finally {
    await pool.close();
  }
  return summary;
}
