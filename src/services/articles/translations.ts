import { conflict, forbidden, invalid, m, notFound } from '../../domain/errors.js';
import { canArticle } from '../../policies/articles.js';
import type { UserActor } from '../../policies/policy.js';
import type { Store } from '../ports.js';
import { articleResource } from './save-article.js';

/** Who links: an account held to the article policy, or the system (CLI, demo, tests). */
export type TranslationWriter = { kind: 'system' } | { kind: 'user'; actor: UserActor };

/**
 * Links `other` (an article, by slug) as a translation of article `articleId`: both, with
 * every translation either already had, become one group. Refused when a language would be
 * in the group twice, or the other is a standalone page.
 */
export async function linkTranslation(store: Store, writer: TranslationWriter, input: { articleId: number; otherSlug: string }): Promise<number[]> {
  const slug = input.otherSlug.trim();
  if (slug === '') throw invalid(m`Name the article that translates this one (its slug).`, 'translation');
  return store.transaction(async (repos) => {
    const article = await repos.articles.findById(input.articleId);
    if (!article || article.kind !== 'article') throw notFound(m`There is no such article.`);
    const other = await repos.articles.findBySlug(slug);
    if (!other || other.kind !== 'article') throw invalid(m`There is no article "${slug}".`, 'translation');
    if (writer.kind === 'user') {
      for (const a of [article, other]) {
        if (!canArticle(writer.actor, 'edit', await articleResource(repos, a))) throw forbidden(m`You may not edit this article.`);
      }
    }
    if (other.id === article.id) throw invalid(m`An article cannot translate itself.`, 'translation');
    const ours = await repos.articles.members(article.id);
    const theirs = await repos.articles.members(other.id);
    if (ours.some((a) => a.id === other.id)) return ours.map((a) => a.id);
    const languages = [...(ours.length ? ours : [article]), ...(theirs.length ? theirs : [other])].map((a) => a.language);
    const twice = languages.find((language, i) => languages.indexOf(language) !== i);
    if (twice) throw conflict(m`Both would have a version in "${twice}": a group has one article per language. Change one's language first.`);
    return repos.articles.linkTranslation(article.id, other.id);
  });
}

/** Takes article `articleId` out of its translation group (the others stay linked to each other). */
export async function unlinkTranslation(store: Store, writer: TranslationWriter, articleId: number): Promise<number[]> {
  return store.transaction(async (repos) => {
    const article = await repos.articles.findById(articleId);
    if (!article || article.kind !== 'article') throw notFound(m`There is no such article.`);
    if (writer.kind === 'user' && !canArticle(writer.actor, 'edit', await articleResource(repos, article))) throw forbidden(m`You may not edit this article.`);
    return repos.articles.unlinkTranslation(articleId);
  });
}
