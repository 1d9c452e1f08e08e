import { conflict, invalid, notFound, m, plural } from '../../domain/errors.js';
import { bylineWithout, deletedAuthorRedirect, deletedSectionRedirect, deletedTagRedirect, placeOrphans } from '../../domain/structure-deletion.js';
import { syncDiscoveryIndex } from '../discovery/discovery-index.js';
import { refreshRelatedLists } from '../discovery/related-lists.js';
import type { Clock, Repositories, Store } from '../ports.js';

/** Beyond this many changed articles, related lists are recomputed once for all instead of one article at a time. */
const RELATED_ONE_BY_ONE = 50;

/** What a deletion did, for the screen or API that asked. */
export interface DeletionReport {
  /** Articles (any status) that lost the tag, section or byline. */
  articles: number;
  /** The old address and where it now sends readers. */
  redirect: { from: string; to: string };
}

/** Recomputes the related lists `ids` may have changed (all of them when `all`, or when there are many). */
async function refreshRelated(repos: Repositories, clock: Clock, ids: number[], all = false): Promise<void> {
  if (all || ids.length > RELATED_ONE_BY_ONE) await refreshRelatedLists(repos, clock());
  else for (const id of ids) await refreshRelatedLists(repos, clock(), id);
}

/**
 * Deletes a tag: it leaves every article it was on (the articles stay, their search entries
 * and related lists are brought up to date), its list pages are purged, and `/tag/SLUG`
 * redirects home.
 */
export async function deleteTag(store: Store, clock: Clock, id: number): Promise<DeletionReport> {
  return store.transaction(async (repos) => {
    const tag = (await repos.tags.all()).find((t) => t.id === id);
    if (!tag) throw notFound(m`There is no tag with id ${id}.`);
    const ids = await repos.structureAdmin.articleIdsWith({ tag: id });
    const tags = await repos.articles.tagsOf(ids);
    for (const articleId of ids) await repos.articles.setTags(articleId, (tags.get(articleId) ?? []).filter((t) => t.id !== id).map((t) => t.id));
    await repos.structureAdmin.deleteTag(id);
    for (const articleId of ids) await syncDiscoveryIndex(repos, articleId);
    await refreshRelated(repos, clock, ids);
    const redirect = deletedTagRedirect(tag.slug);
    await repos.structureAdmin.putRedirect(redirect, clock().toISOString());
    return { articles: ids.length, redirect: { from: redirect.fromPath, to: redirect.toPath } };
  });
}

/**
 * Deletes a section: its articles and subsections move up to its parent (at the top level,
 * articles are left without a section), and its address redirects to the parent's, or home.
 */
export async function deleteSection(store: Store, clock: Clock, id: number): Promise<DeletionReport> {
  return store.transaction(async (repos) => {
    const sections = await repos.sections.all();
    const section = sections.find((s) => s.id === id);
    if (!section) throw notFound(m`There is no section with id section-${id}.`);
    const redirect = deletedSectionRedirect(sections, section);
    await repos.structureAdmin.placeSections(placeOrphans(sections, section));
    const ids = await repos.structureAdmin.moveSectionArticles(id, section.parentId);
    // Its lists go; every other list keeps its rows (an article in a subsection is still in the same lists above it).
    await repos.structureAdmin.deleteSection(id);
    await repos.listings.sync(ids);
    // "You may also like" weighs a shared top section: deleting one at the top changes it for everything below.
    await refreshRelated(repos, clock, ids, section.parentId === null);
    await repos.structureAdmin.putRedirect(redirect, clock().toISOString());
    return { articles: ids.length, redirect: { from: redirect.fromPath, to: redirect.toPath } };
  });
}

/**
 * Deletes an author. Co-authored articles just lose them from the byline; articles they
 * wrote alone go to `reassignTo` (an author's slug), and without one the deletion is
 * refused while such articles exist. Their address redirects to the heir's page, or home.
 */
export async function deleteAuthor(store: Store, clock: Clock, id: number, reassignTo: string | null = null): Promise<DeletionReport> {
  return store.transaction(async (repos) => {
    const authors = await repos.authors.all();
    const author = authors.find((a) => a.id === id);
    if (!author) throw notFound(m`There is no author with id ${id}.`);
    const heir = reassignTo === null || reassignTo === '' ? null : authors.find((a) => a.slug === reassignTo);
    if (heir === undefined) throw invalid(m`There is no author "${reassignTo ?? ''}" to give the articles to.`, 'reassign');
    if (heir?.id === id) throw invalid(m`Choose another author to give the articles to than the one being deleted.`, 'reassign');
    const ids = await repos.structureAdmin.articleIdsWith({ author: id });
    const bylines = await repos.articles.authorsOf(ids);
    const after = ids.map((articleId) => bylineWithout((bylines.get(articleId) ?? []).map((a) => a.id), id, heir?.id ?? null));
    const alone = after.filter((byline) => byline === null).length;
    if (alone > 0) {
      throw conflict(plural(alone, {
        one: m`${author.name} is the only author of ${alone} article: choose an author to give it to, or delete it first.`,
        other: m`${author.name} is the only author of ${alone} articles: choose an author to give them to, or delete them first.`,
      }), 'reassign');
    }
    for (const [i, articleId] of ids.entries()) await repos.articles.setAuthors(articleId, after[i]!);
    await repos.structureAdmin.deleteAuthor(id);
    for (const articleId of ids) await syncDiscoveryIndex(repos, articleId);
    const redirect = deletedAuthorRedirect(author.slug, heir?.slug ?? null);
    await repos.structureAdmin.putRedirect(redirect, clock().toISOString());
    return { articles: ids.length, redirect: { from: redirect.fromPath, to: redirect.toPath } };
  });
}
