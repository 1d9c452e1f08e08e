import { createHash } from 'node:crypto';
import type { ImportedPostCore } from '../../importers/imported-post.js';
import { articlePath } from '../../domain/permalinks.js';
import type { Clock, Repositories } from '../ports.js';
import { writeArticle, type ArticleInput } from '../articles/write-article.js';
import type { createSummary } from './import-summary.js';

type Summary = ReturnType<typeof createSummary>;

/** A post from any source, with sections, tags and authors already resolved to Dossier slugs. */
export interface ImportablePost extends ImportedPostCore {
  externalId: string;
  dek?: string | null;
  sticky: boolean;
  createdAt?: string;
  language?: string;
  sectionSlug: string | null;
  tagSlugs: string[];
  authorSlugs: string[];
  /** Paths the post had on the old site, to redirect. */
  oldPaths: string[];
  warnings: string[];
  /** Something of the source had no Dossier equivalent (named in `warnings`). */
  lossy?: boolean;
}

async function freeSlug(repos: Repositories, wanted: string, ownId: number | undefined): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    const taken = await repos.articles.findBySlug(slug);
    if (!taken || taken.id === ownId) return slug;
  }
}

/** What an imported post asks the save path to write, under the slug it was given. */
export function importedArticleInput(post: ImportablePost, slug: string): ArticleInput {
  return {
    kind: post.kind,
    title: post.title,
    slug,
    body: post.body,
    status: post.status,
    publishedAt: post.publishedAt,
    ...(post.updatedAt ? { updatedAt: post.updatedAt } : {}),
    sectionSlug: post.kind === 'article' ? post.sectionSlug : null,
    authorSlugs: post.authorSlugs,
    tagSlugs: [...new Set(post.tagSlugs)],
    excerpt: post.excerpt,
    dek: post.dek ?? null,
    sticky: post.sticky,
    ...(post.createdAt ? { createdAt: post.createdAt } : {}),
    ...(post.language ? { language: post.language } : {}),
  };
}

/**
 * Writes one imported post or page: created, updated when the source changed since the last
 * import, or skipped when it did not; old paths become 301 redirects. Returns the article id.
 */
export async function writeImportedPost(
  repos: Repositories,
  clock: Clock,
  source: string,
  post: ImportablePost,
  where: string,
  summary: Summary,
): Promise<number> {
  const kind = post.kind === 'page' ? 'pages' : 'articles';
  const checksum = createHash('sha1').update(JSON.stringify(post)).digest('hex');
  const known = await repos.importSources.find(source, 'post', post.externalId);
  if (known && known.checksum === checksum) {
    summary.count(kind, 'skipped');
    return known.localId;
  }
  for (const warning of post.warnings) summary.warnings.push(`${where}: "${post.title}": ${warning}.`);
  const slug = await freeSlug(repos, post.slug, known?.localId);
  if (slug !== post.slug) summary.warnings.push(`${where}: "${post.title}": the slug "${post.slug}" is taken; imported as "${slug}".`);
  const result = await writeArticle(
    repos,
    clock,
    importedArticleInput(post, slug),
    { ...(known ? { id: known.localId } : {}), refuseCitationErrors: false },
  );
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) summary.warnings.push(`${where}: "${post.title}": ${errors} citation error${errors === 1 ? '' : 's'} kept as in the source; run \`dossier lint\` on it or open it in the editor.`);
  await repos.importSources.save(source, 'post', post.externalId, { localId: result.id, checksum }, clock().toISOString());
  summary.count(kind, known ? 'updated' : 'created');
  if (post.lossy) summary.count(kind, 'lossy');
  if (post.status === 'published' || post.status === 'scheduled') {
    const to = articlePath({ kind: post.kind, slug, publishedAt: post.publishedAt, createdAt: clock().toISOString() });
    for (const from of post.oldPaths) {
      if (from === to || from === `${to}/`) continue;
      if (await repos.redirects.find(from)) summary.count('redirects', 'skipped');
      else {
        await repos.redirects.insert({ fromPath: from, toPath: to, statusCode: 301 }, clock().toISOString());
        summary.count('redirects', 'created');
      }
    }
  }
  return result.id;
}
