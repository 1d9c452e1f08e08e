import type { Correction } from '../../domain/editorial.js';
import { forbidden, invalid, m, notFound } from '../../domain/errors.js';
import { canArticle } from '../../policies/articles.js';
import type { UserActor } from '../../policies/policy.js';
import type { Clock, Store } from '../ports.js';
import { announceArticleChange } from '../webhooks/article-events.js';
import { articleResource } from './save-article.js';

/**
 * Appends a dated public correction or update to a published article. The article's
 * `updated_at` moves to now, so pages and JSON-LD show it was modified.
 */
export async function addCorrection(
  store: Store,
  clock: Clock,
  actor: UserActor,
  input: { articleId: number; kind: string; text: string; date?: string },
): Promise<number> {
  if (input.kind !== 'correction' && input.kind !== 'update') throw invalid(m`Choose Correction or Update.`, 'kind');
  const text = input.text.trim();
  if (text === '') throw invalid(m`Write what was corrected or updated.`, 'text');
  if (text.length > 2000) throw invalid(m`Keep it under 2,000 characters.`, 'text');
  const now = clock();
  let date = now.toISOString();
  if (input.date) {
    const time = Date.parse(input.date);
    if (Number.isNaN(time)) throw invalid(m`Enter a date such as 2026-05-03.`, 'date');
    date = new Date(time).toISOString();
  }
  return store.transaction(async (repos) => {
    const article = await repos.editorial.findArticle(input.articleId);
    if (!article) throw notFound(m`There is no such article.`);
    if (!canArticle(actor, 'correct', await articleResource(repos, article))) throw forbidden(m`You may not correct this article.`);
    if (article.status !== 'published') throw invalid(m`Only a published article takes corrections; edit the draft instead.`, 'text');
    const id = await repos.corrections.insert({ articleId: article.id, kind: input.kind as Correction['kind'], text, date, userId: actor.id, createdAt: now.toISOString() });
    await repos.editorial.touch(article.id, now.toISOString());
    // The lists keep each article's updated time (sitemaps show the newest).
    await repos.listings.sync([article.id]);
    // A correction changes what readers see: subscribers hear of it as an update.
    const corrected = await repos.articles.findById(article.id);
    await announceArticleChange(repos, now, corrected, corrected);
    return id;
  });
}
