import type { ListingKey } from '../services/discovery/ports.js';
import type { Repositories } from '../services/ports.js';
import type { PublicChange } from '../services/reader/ports.js';

/** Collects what writes changed for readers. */
export interface ChangeRecorder {
  note(add: (change: PublicChange) => void): void;
  /** What was recorded since the last take, or null when nothing public changed. */
  take(): PublicChange | null;
}

const none = (): PublicChange => ({ articles: [], touched: [], articlePages: [], lists: [], comments: [], search: false, sitemaps: false, everything: false });

function isEmpty(c: PublicChange): boolean {
  return !c.everything && !c.search && !c.sitemaps && c.articles.length + c.touched.length + c.articlePages.length + c.lists.length + c.comments.length === 0;
}

/** A recorder that gathers changes until `take()`; with `emit`, one that tells each change at once instead. */
export function changeRecorder(emit?: (change: PublicChange) => void): ChangeRecorder {
  let change = none();
  return {
    note(add) {
      if (!emit) return add(change);
      const single = none();
      add(single);
      if (!isEmpty(single)) emit(single);
    },
    take() {
      const taken = change;
      change = none();
      if (isEmpty(taken)) return null;
      const unique = <T>(items: T[], key: (item: T) => string = String) => [...new Map(items.map((i) => [key(i), i])).values()];
      return {
        ...taken,
        articles: unique(taken.articles), touched: unique(taken.touched), articlePages: unique(taken.articlePages),
        comments: unique(taken.comments), lists: unique(taken.lists, (k) => `${k.scope}:${k.scopeId}`),
      };
    },
  };
}

/** Runs `fn`, then `hook` with its result and arguments. */
function after<A extends unknown[], R>(fn: (...args: A) => Promise<R>, hook: (result: R, ...args: A) => void | Promise<void>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const result = await fn(...args);
    await hook(result, ...args);
    return result;
  };
}

/**
 * The same repositories, telling `record` what each public write changed: the one place
 * that knows, so no use case can forget to purge a page cache.
 */
export function recordingRepositories(repos: Repositories, recorder: ChangeRecorder): Repositories {
  const { articles, editorial, corrections, listings, related, comments, links, structureAdmin } = repos;
  const note = recorder.note;
  const everything = () => note((c) => (c.everything = true));
  const content = (id: number) => note((c) => c.articles.push(id));
  const article = (_result: unknown, id: number) => content(id);
  // Standalone pages are in every page's footer and in the pages sitemap: a change to one shows everywhere.
  const byKind = (id: number, row: { kind: string; status?: string }) => {
    if (row.kind === 'page') return everything();
    content(id);
    if (row.status === 'published') note((c) => (c.search = true));
  };
  /** Runs `fn` on an article id after noting its kind (gone once it is deleted). */
  const knowingKind = <A extends [number, ...unknown[]], R>(fn: (...args: A) => Promise<R>) => async (...args: A) => {
    const kind = (await articles.findById(args[0]))?.kind ?? 'article';
    const result = await fn(...args);
    byKind(args[0], { kind });
    return result;
  };
  const listed = (result: { lists: ListingKey[]; lastModified: boolean }) => note((c) => {
    c.lists.push(...result.lists);
    if (result.lastModified) c.sitemaps = true;
  });
  const touched = (id: number) => note((c) => c.touched.push(id));
  const ownPages = (ids: number[]) => note((c) => c.articlePages.push(...ids));
  const commented = (ids: number[]) => note((c) => c.comments.push(...ids));
  return {
    ...repos,
    articles: {
      ...articles,
      insert: after(articles.insert, (id, row) => byKind(id, row)),
      update: after(articles.update, (_r, id, row) => byKind(id, row)),
      setStatus: knowingKind(articles.setStatus),
      remove: knowingKind(articles.remove),
      setAuthors: after(articles.setAuthors, article),
      setTags: after(articles.setTags, article),
      setNotes: after(articles.setNotes, article),
      setStyledNotes: after(articles.setStyledNotes, (stored, id) => { if (stored > 0) content(id); }),
      publishDue: after(articles.publishDue, (ids) => ids.forEach(content)),
      // Each member's page names the others (hreflang, switcher) and sits in a sitemap.
      linkTranslation: after(articles.linkTranslation, (ids) => ids.forEach(content)),
      unlinkTranslation: after(articles.unlinkTranslation, (ids) => ids.forEach(content)),
    },
    editorial: { ...editorial, set: after(editorial.set, article), touch: after(editorial.touch, (_r, id) => touched(id)) },
    corrections: { ...corrections, insert: after(corrections.insert, (_id, correction) => touched(correction.articleId)) },
    listings: {
      ...listings,
      sync: after(listings.sync, listed),
      withdraw: after(listings.withdraw, listed),
      rebuildAll: after(listings.rebuildAll, everything),
    },
    related: { ...related, replace: after(related.replace, (_r, lists) => ownPages([...lists.keys()])) },
    comments: {
      ...comments,
      insert: after(comments.insert, (_id, comment) => { if (comment.status === 'approved') commented([comment.articleId]); }),
      setStatus: after(comments.setStatus, async (ids) => {
        const found = await Promise.all(ids.map((id) => comments.findById(id)));
        commented(found.flatMap((c) => (c ? [c.articleId] : [])));
      }),
      setOpen: after(comments.setOpen, (_r, articleId) => ownPages([articleId])),
    },
    links: { ...links, saveCheck: after(links.saveCheck, ownPages) },
    captures: { ...repos.captures, save: after(repos.captures.save, ownPages) },
    settings: { ...repos.settings, set: after(repos.settings.set, everything) },
    sections: { ...repos.sections, insert: after(repos.sections.insert, everything) },
    authors: { ...repos.authors, insert: after(repos.authors.insert, everything) },
    tags: { ...repos.tags, insert: after(repos.tags.insert, everything) },
    // Translated names show in menus, breadcrumbs and cards of every page of their language.
    termTranslations: { ...repos.termTranslations, replace: after(repos.termTranslations.replace, everything) },
    redirects: { ...repos.redirects, insert: after(repos.redirects.insert, everything) },
    // An import's batches touch lists, search, sitemaps and redirects all at once.
    importWriter: {
      ...repos.importWriter,
      insertArticles: after(repos.importWriter.insertArticles, everything),
      insertComments: after(repos.importWriter.insertComments, everything),
      insertRedirects: after(repos.importWriter.insertRedirects, everything),
      setCommentsOpen: after(repos.importWriter.setCommentsOpen, (_r, rows) => ownPages(rows.map((r) => r.articleId))),
    },
    media: { ...repos.media, setAlt: after(repos.media.setAlt, everything) },
    structureAdmin: {
      ...structureAdmin,
      placeSections: after(structureAdmin.placeSections, everything),
      updateSection: after(structureAdmin.updateSection, everything),
      updateTag: after(structureAdmin.updateTag, everything),
      updateAuthor: after(structureAdmin.updateAuthor, everything),
      deleteRedirect: after(structureAdmin.deleteRedirect, everything),
      // A tag or author shows on its own list pages and on its articles' (noted as their tags and bylines change).
      deleteTag: after(structureAdmin.deleteTag, (lists) => note((c) => c.lists.push(...lists))),
      deleteAuthor: after(structureAdmin.deleteAuthor, (lists) => note((c) => c.lists.push(...lists))),
      // Sections are in every page's navigation.
      deleteSection: after(structureAdmin.deleteSection, everything),
      moveSectionArticles: after(structureAdmin.moveSectionArticles, everything),
      // No purge: a redirect answers only where the site says 404, and only 200s are cached.
      putRedirect: structureAdmin.putRedirect,
    },
  };
}
