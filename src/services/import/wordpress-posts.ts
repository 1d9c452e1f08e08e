import { createHash } from 'node:crypto';
import { articlePath } from '../../domain/permalinks.js';
import type { MappedPost } from '../../importers/wordpress/map-item.js';
import type { Clock, Repositories } from '../ports.js';
import { writeArticle } from '../save-article.js';
import type { createSummary } from './import-summary.js';
import { ensureTag } from './wordpress-structure.js';

type Summary = ReturnType<typeof createSummary>;

/** What importing posts needs to know about the rest of the file. */
export interface PostContext {
  source: string;
  file: string;
  authorSlugs: Map<string, string>;
  sectionSlugs: Map<string, string>;
  categoryNames: Map<string, string>;
}

async function freeSlug(repos: Repositories, wanted: string, ownId: number | undefined): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    const taken = await repos.articles.findBySlug(slug);
    if (!taken || taken.id === ownId) return slug;
  }
}

/**
 * Writes one mapped post or page: created, updated when the source changed since the last
 * import, or skipped when it did not; old permalinks become 301 redirects.
 */
export async function importPost(repos: Repositories, clock: Clock, context: PostContext, post: MappedPost, line: number, summary: Summary): Promise<number> {
  const kind = post.kind === 'page' ? 'pages' : 'articles';
  const where = `${context.file}:${line}`;
  const checksum = createHash('sha1').update(JSON.stringify(post)).digest('hex');
  const known = await repos.importSources.find(context.source, 'post', post.externalId);
  if (known && known.checksum === checksum) {
    summary.count(kind, 'skipped');
    return known.localId;
  }
  for (const warning of post.warnings) summary.warnings.push(`${where}: "${post.title}": ${warning}.`);
  const slug = await freeSlug(repos, post.slug, known?.localId);
  if (slug !== post.slug) summary.warnings.push(`${where}: "${post.title}": the slug "${post.slug}" is taken; imported as "${slug}" (its old address redirects there).`);
  const [section, ...otherCategories] = post.kind === 'article' ? post.categories : [];
  const tags: string[] = [];
  for (const tag of post.tags) tags.push(await ensureTag(repos, tag, tag, summary, true));
  // Dossier files an article in one section; its other categories stay on it as tags.
  for (const extra of otherCategories) tags.push(await ensureTag(repos, extra, context.categoryNames.get(extra) ?? extra, summary, true));
  const author = context.authorSlugs.get(post.authorLogin);
  if (!author && post.authorLogin) {
    summary.warnings.push(`${where}: "${post.title}": its author "${post.authorLogin}" is not listed in the file; the post is imported without a byline.`);
  }
  const result = await writeArticle(
    repos,
    clock,
    {
      kind: post.kind,
      title: post.title,
      slug,
      body: post.body,
      status: post.status,
      publishedAt: post.publishedAt,
      ...(post.updatedAt ? { updatedAt: post.updatedAt } : {}),
      sectionSlug: section ? (context.sectionSlugs.get(section) ?? null) : null,
      authorSlugs: author ? [author] : [],
      tagSlugs: [...new Set(tags)],
      excerpt: post.excerpt,
      sticky: post.sticky,
    },
    { ...(known ? { id: known.localId } : {}), refuseCitationErrors: false },
  );
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) summary.warnings.push(`${where}: "${post.title}": ${errors} citation error${errors === 1 ? '' : 's'} kept as in the source; run \`dossier lint\` on it or open it in the editor.`);
  await repos.importSources.save(context.source, 'post', post.externalId, { localId: result.id, checksum }, clock().toISOString());
  summary.count(kind, known ? 'updated' : 'created');
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
