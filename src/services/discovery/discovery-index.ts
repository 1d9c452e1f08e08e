import { htmlToText } from '../../domain/html-text.js';
import { relatednessTerms } from '../../domain/relatedness.js';
import type { Repositories } from '../ports.js';

/**
 * Brings an article's search entry, relatedness terms and list rows in line with its
 * current state: a published article is (re)indexed and listed, anything else is removed.
 * Call it inside the transaction that changed the article, so search and lists never
 * show what was just unpublished.
 */
export async function syncDiscoveryIndex(repos: Repositories, articleId: number): Promise<void> {
  await repos.listings.sync([articleId]);
  const article = await repos.articles.findById(articleId);
  if (!article || article.kind !== 'article' || article.status !== 'published') {
    await repos.search.remove(articleId);
    await repos.related.setTerms(articleId, null);
    return;
  }
  const authors = (await repos.articles.authorsOf([articleId])).get(articleId) ?? [];
  const tags = (await repos.articles.tagsOf([articleId])).get(articleId) ?? [];
  const notes = await repos.articles.notesOf(articleId);
  // Notes are part of the text: a reader may well search for a source they remember.
  const body = [htmlToText(article.bodyHtml), ...notes.map((note) => htmlToText(note.html))].join('\n');
  await repos.search.index({
    articleId,
    title: article.title,
    dek: article.dek ?? '',
    body,
    tags: tags.map((t) => t.name).join(', '),
    authors: authors.map((a) => a.name).join(', '),
  });
  await repos.related.setTerms(articleId, relatednessTerms({ title: article.title, text: `${article.dek ?? ''}\n${body}`, tagSlugs: tags.map((t) => t.slug) }));
}
