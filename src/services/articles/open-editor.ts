import type { ArticleSummary, Article } from '../../domain/article.js';
import type { ArticleEditorial, Correction } from '../../domain/editorial.js';
import { forbidden, m, notFound } from '../../domain/errors.js';
import type { Media } from '../../domain/media.js';
import type { Author, Tag } from '../../domain/people.js';
import type { Section } from '../../domain/section.js';
import { lintCitations } from '../../citations/lint/lint-citations.js';
import type { Diagnostic } from '../../citations/lint/diagnostic.js';
import { canArticle } from '../../policies/articles.js';
import type { UserActor } from '../../policies/policy.js';
import type { Clock, Store } from '../ports.js';
import { settingsFromEntries } from '../../domain/settings.js';
import { siteLanguages } from '../../domain/languages.js';
import { articleResource } from './save-article.js';
import { previewArticle, type Preview } from './preview.js';

/** What the editor needs to show one article, and the choices its fields offer. */
export interface EditorData {
  article: Article | null;
  editorial: ArticleEditorial | null;
  authors: Author[];
  tags: Tag[];
  featured: Media | null;
  diagnostics: Diagnostic[];
  /** The body as the public page shows it (the typed text when `draftBody` was given). */
  preview: Preview;
  corrections: Correction[];
  /** What the actor may do to this article. */
  may: { publish: boolean; unpublish: boolean; correct: boolean };
  choices: { sections: Section[]; authors: Author[]; tags: Tag[]; media: Media[] };
  /** The site's languages, the default first (the language select). */
  languages: string[];
  /** The other articles of its translation group, in any status. */
  translations: ArticleSummary[];
}

/**
 * Loads the editor for a new article (no id) or an existing one the actor may edit.
 * `draftBody` is text the writer typed but could not save: the preview shows it.
 */
export async function openEditor(store: Store, clock: Clock, actor: UserActor, id?: number, draftBody?: string): Promise<EditorData> {
  const { repos } = store;
  const [sections, allAuthors, allTags, media, siteSettings] = await Promise.all([
    repos.sections.all(), repos.structureAdmin.allAuthors(), repos.structureAdmin.allTags(), repos.media.list(60, 0), repos.settings.all(),
  ]);
  const choices = { sections, authors: allAuthors, tags: allTags, media };
  const languages = siteLanguages(settingsFromEntries(siteSettings));
  if (id === undefined) {
    const own = { ownerUserId: actor.id, authorIds: [], status: 'draft' as const };
    const mine = actor.authorId === null ? [] : allAuthors.filter((a) => a.id === actor.authorId);
    const preview = await previewArticle(store, clock, null, draftBody ?? '');
    return {
      article: null, editorial: null, authors: mine, tags: [], featured: null, diagnostics: preview.diagnostics, preview, corrections: [], choices, languages, translations: [],
      may: { publish: canArticle(actor, 'publish', own), unpublish: false, correct: false },
    };
  }
  const article = await repos.editorial.findArticle(id);
  if (!article || article.kind !== 'article') throw notFound(m`There is no such article.`);
  const resource = await articleResource(repos, article);
  if (!canArticle(actor, 'edit', resource)) throw forbidden(m`You may not edit this article.`);
  const [editorial, authors, tags, corrections, notes, settings, group] = await Promise.all([
    repos.editorial.find(id), repos.articles.authorsOf([id]), repos.articles.tagsOf([id]), repos.corrections.listFor(id),
    repos.articles.notesOf(id), repos.settings.all(), repos.articles.members(id),
  ]);
  const preview: Preview = draftBody === undefined
    ? { bodyHtml: article.bodyHtml, idPrefix: `${article.slug}-`, notes, style: settingsFromEntries(settings).citationStyle, diagnostics: lintCitations(article.bodyMarkdown, { now: clock(), format: 'markdown' }).diagnostics }
    : await previewArticle(store, clock, null, draftBody);
  const featured = editorial?.featuredMediaId ? await repos.media.findById(editorial.featuredMediaId) : null;
  return {
    article, editorial, featured, corrections, choices, languages,
    translations: group.filter((a) => a.id !== id),
    authors: authors.get(id) ?? [],
    tags: tags.get(id) ?? [],
    diagnostics: preview.diagnostics,
    preview,
    may: { publish: canArticle(actor, 'publish', resource), unpublish: canArticle(actor, 'unpublish', resource), correct: canArticle(actor, 'correct', resource) },
  };
}
