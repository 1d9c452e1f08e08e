import type { ArticleType } from '../../domain/article-type.js';
import type { Article, ArticleSummary, Note } from '../../domain/article.js';
import type { Correction, ShareCard } from '../../domain/editorial.js';
import type { Media } from '../../domain/media.js';
import { notFound } from '../../domain/errors.js';
import type { NoteLinkHealth } from '../../domain/link-record.js';
import type { Author, Tag } from '../../domain/people.js';
import { sectionAncestry, type Section } from '../../domain/section.js';
import type { CommentKeys } from '../comments/comment-keys.js';
import { loadCommentSection, type CommentSection, type CommentViewer } from '../comments/comment-section.js';
import type { Clock, Store } from '../ports.js';
import { isPrefixedLanguage } from '../../domain/languages.js';
import { translatedTag } from '../../domain/term-translations.js';
import { chromeIn, loadChrome, type SiteChrome } from './chrome.js';
import { withSections, type RelatedArticle } from './listed-article.js';
import { noteVersions, type NoteVersion } from './note-versions.js';

/** Everything an article page shows. */
export interface ArticlePage {
  chrome: SiteChrome;
  article: Article;
  /** Sections from the top down to the article's own. */
  ancestry: Section[];
  authors: Author[];
  tags: Tag[];
  notes: Note[];
  /** Checked notes' link status and archived copy, by note number. */
  noteLinks: NoteLinkHealth[];
  /** Archived copies of notes' links (Robust Links), by note number. */
  noteVersions?: NoteVersion[];
  related: RelatedArticle[];
  comments: CommentSection;
  /** Public corrections and updates, oldest first. */
  corrections: Correction[];
  /** The genre chosen in the editor (news, opinion…); null for none. */
  articleType?: ArticleType | null;
  /** The featured image and the alt text to show with it. */
  featured: { media: Media; alt: string; caption?: string | null } | null;
  /** The article's own share card (Open Graph, Twitter); absent: none. */
  shareCard?: ShareCard;
  /** The SEO title and description set in the editor; null where not set (the title and dek are used). */
  seo?: { title: string | null; description: string | null };
  /** Ids of its authors with a bio in the article's (prefixed) language, whose links go to their `/{lang}/author/…` page. */
  authorsWithBio?: number[];
  /** Its authors' avatars stored as media, by media id. */
  authorAvatars?: Media[];
  /** Its published translations (other languages of its translation group). */
  translations: ArticleSummary[];
}

/** A standalone page (About, Contact). */
export interface StandalonePage {
  chrome: SiteChrome;
  page: Article;
}

/**
 * A published article by slug, with the comment thread as `viewer` sees it; `NotFound`
 * for drafts, scheduled and unknown slugs, and for a comment page that does not exist.
 */
export async function articlePage(store: Store, clock: Clock, slug: string, viewer: CommentViewer, commentKeys: () => Promise<CommentKeys>): Promise<ArticlePage> {
  const time = clock();
  const now = time.toISOString();
  const { repos } = store;
  const found = await repos.articles.findForReader(slug, now);
  if (!found) throw notFound(`There is no published article "${slug}".`);
  const { article } = found;
  // Related lists are computed on write (save, publication, import, `dossier related rebuild`), never here.
  // Everything below needs only the article's id: one wave of statements, each on its own
  // connection on PostgreSQL (the comments' too: the chrome and keys are in memory once loaded).
  const chromeLoaded = loadChrome(repos, now);
  const comments = Promise.all([chromeLoaded, commentKeys()]).then(([chrome, keys]) =>
    loadCommentSection(repos, keys, article, chrome.settings, viewer, time, found.commentsOpen));
  // Tags as the article's language names them: their translations are read by their ids once the tags are known.
  const tagsLoaded = Promise.all([repos.articles.tagsOf([article.id]), chromeLoaded]).then(async ([found, { settings }]) => {
    const own = found.get(article.id) ?? [];
    if (own.length === 0 || !isPrefixedLanguage(settings, article.language)) return own;
    const named = await repos.termTranslations.ofItems('tag', own.map((t) => t.id));
    return own.map((tag) => translatedTag(tag, named, article.language));
  });
  // Authors likewise: which of them have a bio in the article's language, read by their ids once known.
  const authorsLoaded = Promise.all([repos.articles.authorsOf([article.id]), chromeLoaded]).then(async ([found, { settings }]) => {
    const own = found.get(article.id) ?? [];
    if (own.length === 0 || !isPrefixedLanguage(settings, article.language)) return { own, withBio: [] };
    const bios = await repos.termTranslations.ofItems('author', own.map((a) => a.id));
    return { own, withBio: bios.filter((b) => b.language === article.language && b.bio !== null).map((b) => b.itemId) };
  });
  const [base, authors, tags, notes, noteLinks, related, corrections, media, commentSection, translations] = await Promise.all([
    chromeLoaded,
    authorsLoaded,
    tagsLoaded,
    repos.articles.notesOf(article.id),
    repos.links.noteHealth(article.id),
    repos.related.publishedFor(article.id, now),
    repos.corrections.listFor(article.id),
    found.featuredMediaId ? repos.media.findById(found.featuredMediaId) : Promise.resolve(null),
    comments,
    repos.articles.publishedTranslations(article.id, now, found.translationGroup),
  ]);
  const chrome = chromeIn(base, article.language);
  const section = chrome.sections.find((s) => s.id === article.sectionId);
  const byline = authors.own;
  const avatarIds = [...new Set(byline.flatMap((a) => (a.avatarMediaId ? [a.avatarMediaId] : [])))];
  // Avatars stored as media, beside the notes' archived copies: one more wave, and only with avatars.
  const [versions, ...avatarRows] = await Promise.all([noteVersions(repos, notes, noteLinks), ...avatarIds.map((id) => repos.media.findById(id))]);
  const avatars = (avatarRows as Array<Media | null>).filter((m): m is Media => m !== null);
  return {
    chrome,
    article,
    ancestry: section ? sectionAncestry(chrome.sections, section) : [],
    authors: byline,
    tags,
    notes,
    noteLinks,
    noteVersions: versions,
    related: withSections(related, chrome.sections),
    comments: commentSection,
    corrections,
    featured: media ? { media, alt: found.featuredAlt ?? media.alt, caption: found.featuredCaption ?? null } : null,
    ...(found.shareCard ? { shareCard: found.shareCard } : {}),
    ...(found.seo ? { seo: found.seo } : {}),
    authorsWithBio: authors.withBio,
    authorAvatars: avatars,
    articleType: found.articleType ?? null,
    translations,
  };
}

/** A published standalone page by slug. */
export async function standalonePage(store: Store, clock: Clock, slug: string): Promise<StandalonePage> {
  const now = clock().toISOString();
  const page = await store.repos.articles.findPublishedBySlug(slug, 'page', now);
  if (!page) throw notFound(`There is no page "${slug}".`);
  return { chrome: await loadChrome(store.repos, now), page };
}
