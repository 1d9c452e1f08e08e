import { attachmentIndex } from '../../importers/wordpress/attachment-index.js';
import { mapWxrItem } from '../../importers/wordpress/map-item.js';
import { createWxrReader } from '../../importers/wordpress/wxr-reader.js';
import type { WxrCategory, WxrEntry } from '../../importers/wordpress/wxr-types.js';
import type { MediaTools } from '../media/ports.js';
import type { Clock, Repositories, Store } from '../ports.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import { createSummary, type ImportSummary } from './import-summary.js';
import type { WordPressImportInput } from './ports.js';
import type { CommentKeys } from '../comments/comment-keys.js';
import { importCommentThreads, type ThreadedComment } from './comment-threads.js';
import { createImportBatch } from './import-batch.js';
import { defaultNavigation, sectionTally } from './import-navigation.js';
import { createPreparePool } from './prepare-pool.js';
import { loadCommentRenderer, wordpressComments } from './wordpress-comments.js';
import { importPost, type PostContext } from './wordpress-posts.js';
import { importAttachment } from './wordpress-media.js';
import { resolveLateImages } from './wordpress-late-images.js';
import { ensureTag, importAuthor, importCategories } from './wordpress-structure.js';

/**
 * Imports a WordPress export (WXR 1.0–1.2) in one transaction while streaming it, so memory
 * stays flat however big the file: authors, categories as nested sections, tags, posts and
 * pages with their footnotes and threaded comments, old permalinks as redirects. Importing the same file again
 * adds nothing; any error leaves the database as it was.
 */
export async function importWordPress(
  store: Store,
  clock: Clock,
  input: WordPressImportInput,
  commentKeys: () => Promise<CommentKeys>,
  media?: MediaTools,
): Promise<ImportSummary> {
  const summary = createSummary();
  // Read (or create) the IP hash key before the transaction: SQLite has one connection.
  const keys = await commentKeys();
  const renderCommentBody = await loadCommentRenderer();
  const pool = createPreparePool();
  try {
    await store.transaction(async (repos: Repositories) => {
    const reader = createWxrReader(input.file);
    const now = clock().toISOString();
    const categories: WxrCategory[] = [];
    const sections = sectionTally();
    const context: PostContext = { source: '', file: input.file, authorSlugs: new Map(), sectionSlugs: new Map(), categoryNames: new Map(), sections, mediaByPath: new Map(), oldImages: [], withUploads: Boolean(input.readUpload && media) };
    let sectionsDone = false;
    let items = 0;
    const featured: Array<{ articleId: number; attachmentId: string }> = [];
    // Items that are neither posts, pages nor attachments, by reason: reported once a reason.
    const skipped = new Map<string, number[]>();
    const attachments = attachmentIndex();
    const batch = createImportBatch(repos, clock, context.source, summary, pool);
    try {
    // Comments of the posts written so far, written a batch at a time after them. Posts are
    // written while the file is read on, so more may arrive while these are written.
    let comments: ThreadedComment[] = [];
    const writeComments = async () => {
      const written = comments;
      comments = [];
      await importCommentThreads(repos, context.source, written, summary);
    };
    const handle = async (entry: WxrEntry) => {
      if (entry.type === 'channel') context.source = `wordpress:${entry.channel.baseBlogUrl || entry.channel.link}`;
      else if (entry.type === 'author') context.authorSlugs.set(entry.author.login, await importAuthor(repos, context.source, entry.author, now, summary));
      else if (entry.type === 'category') {
        categories.push(entry.category);
        context.categoryNames.set(entry.category.nicename, entry.category.name);
      } else if (entry.type === 'tag') await ensureTag(repos, entry.tag.slug, entry.tag.name, summary);
      else {
        if (!sectionsDone) {
          context.sectionSlugs = await importCategories(repos, context.source, categories, now, summary);
          sectionsDone = true;
        }
        items += 1;
        input.onItem?.(items);
        if (entry.item.postType === 'attachment') {
          attachments.add(entry.item);
          await importAttachment(repos, clock, context.source, entry.item, input, media, summary, context.mediaByPath);
          return;
        }
        const mapped = mapWxrItem(entry.item, attachments);
        if ('skip' in mapped) {
          summary.count('other items', 'skipped');
          const lines = skipped.get(mapped.skip) ?? [];
          skipped.set(mapped.skip, [...lines, entry.item.line]);
        }
        else {
          const item = entry.item;
          await importPost(repos, batch, context, mapped, item.line, summary, (articleId) => {
            const thumbnail = item.meta['_thumbnail_id']?.trim();
            if (thumbnail) featured.push({ articleId, attachmentId: thumbnail });
            comments.push(...wordpressComments(renderCommentBody, keys, articleId, item, `${input.file}:${item.line}`, summary));
          });
          if (comments.length > 0) await writeComments();
        }
      }
    };
    for await (const chunk of input.chunks) for (const entry of reader.write(chunk)) await handle(entry);
    for (const entry of reader.close()) await handle(entry);
    if (!sectionsDone) await importCategories(repos, context.source, categories, now, summary);
    await batch.flush();
    await writeComments();
    // Attachments may come after the posts that feature them, so featured images are set last.
    for (const { articleId, attachmentId } of featured) {
      const image = await repos.importSources.find(context.source, 'attachment', attachmentId);
      if (image) await repos.editorial.set(articleId, { featuredMediaId: image.localId });
    }
    // Body images whose attachment came after the post: pointed at the media now that the whole file is read.
    await resolveLateImages(repos, clock, context);
    for (const [reason, lines] of skipped) {
      summary.warnings.push(`${input.file}:${lines[0]}: skipped ${lines.length} item${lines.length === 1 ? '' : 's'}, ${reason} (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}).`);
    }
    const oldImages = context.oldImages.reduce((n, post) => n + post.urls.length, 0);
    if (oldImages > 0) {
      summary.warnings.push(`${oldImages} image${oldImages === 1 ? '' : 's'} in ${context.oldImages.length} post${context.oldImages.length === 1 ? '' : 's'} still point${oldImages === 1 ? 's' : ''} at the old site (their files were not imported${input.readUpload ? ': not in the uploads folder, or no attachment in the file names them' : ': give the uploads folder with --uploads DIR'}); each is listed in the --report file.`);
      for (const post of context.oldImages) summary.details.push(`${input.file}:${post.line}: "${post.title}": ${post.urls.length} image${post.urls.length === 1 ? '' : 's'} still on the old site: ${post.urls.join(' ')}`);
    }
    const skippedMedia = summary.kinds['media']?.skipped ?? 0;
    if (skippedMedia > 0 && !input.readUpload) {
      summary.warnings.push(`${skippedMedia} attachments were not imported: give the old site's uploads folder (a copy of wp-content/uploads) with --uploads DIR to import them as media.`);
    }
    const header = await defaultNavigation(repos, sections.counts);
    if (header) summary.warnings.push(`The site has more sections than fit in the header: it links to ${header.length} of them (${header.join(', ')}), those with most articles; choose others with \`dossier settings set navigationSections '["slug", …]'\`.`);
    // Once for the whole import rather than after each post.
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
