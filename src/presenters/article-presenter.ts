import type { Note } from '../domain/article.js';
import { absoluteUrl, articlePath, authorPath, sectionPath, tagPath } from '../domain/permalinks.js';
import { sectionSlugPath } from '../domain/section.js';
import type { ArticlePage, StandalonePage } from '../services/reader/article-page.js';
import { presentCard } from './card-presenter.js';
import { HOME_CRUMB, presentChrome, presentHead } from './chrome-presenter.js';
import { presentDate } from './dates.js';
import { breadcrumbListLd, serializeJsonLd } from './json-ld.js';
import { newsArticleLd } from './article-json-ld.js';
import { presentPicture } from './media-presenter.js';
import type { ArticlePageView, NoteView, StandalonePageView } from './view-models.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Back-link text for the k-th citation (0-based): a…z, then aa, ab… */
export function citationLetter(index: number): string {
  return index < LETTERS.length ? LETTERS[index]! : LETTERS[Math.floor(index / LETTERS.length) - 1]! + LETTERS[index % LETTERS.length]!;
}

/**
 * A note with one back-link per citing place (ids match the body's markers). The note is
 * shown in the site's citation style once rendered in it, else as the writer wrote it.
 */
export function presentNote(note: Note, idPrefix: string, style?: string): NoteView {
  const backlinks = Array.from({ length: Math.max(1, note.citations) }, (_, i) => ({
    href: `#${idPrefix}ref-${note.number}-${i + 1}`,
    text: note.citations > 1 ? citationLetter(i) : '↩',
    label: note.citations > 1 ? `Back to citation ${citationLetter(i)} of note ${note.number}` : `Back to where note ${note.number} is cited`,
  }));
  const styled = note.styledHtml !== null && note.styledWith === style;
  return { id: `${idPrefix}note-${note.number}`, number: note.number, html: styled ? note.styledHtml! : note.html, backlinks };
}

/** The article page: trail, byline, body, notes, related. */
export function presentArticle(siteUrl: string, data: ArticlePage): ArticlePageView {
  const { article, chrome } = data;
  const language = article.language || chrome.settings.language;
  const path = articlePath(article);
  const idPrefix = `${article.slug}-`;
  const breadcrumbs = [
    HOME_CRUMB,
    ...data.ancestry.map((s) => ({ href: sectionPath(sectionSlugPath(chrome.sections, s)), label: s.name })),
    { href: path, label: article.title },
  ];
  const published = presentDate(article.publishedAt, language);
  const updated = article.updatedAt > (article.publishedAt ?? '') ? presentDate(article.updatedAt, language) : null;
  const featured = data.featured ? presentPicture(data.featured.media, data.featured.alt) : null;
  const articleLd = newsArticleLd({
    headline: article.title,
    url: absoluteUrl(siteUrl, path),
    description: article.dek ?? article.excerpt,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    authors: data.authors.map((a) => ({ name: a.name, url: absoluteUrl(siteUrl, authorPath(a.slug)) })),
    image: featured ? absoluteUrl(siteUrl, featured.src) : null,
  });
  return {
    chrome: presentChrome(chrome),
    head: presentHead(siteUrl, {
      title: `${article.title} — ${chrome.settings.title}`,
      description: article.dek ?? article.excerpt,
      path,
      jsonLd: [
        serializeJsonLd(breadcrumbListLd(breadcrumbs.map((c) => ({ name: c.label, url: absoluteUrl(siteUrl, c.href) })))),
        serializeJsonLd(articleLd),
      ],
    }),
    idPrefix,
    breadcrumbs,
    title: article.title,
    dek: article.dek,
    published,
    updated,
    authors: data.authors.map((a) => ({ href: authorPath(a.slug), label: a.name })),
    tags: data.tags.map((t) => ({ href: tagPath(t.slug), label: t.name })),
    bodyHtml: article.bodyHtml,
    notes: data.notes.map((note) => presentNote(note, idPrefix, chrome.settings.citationStyle)),
    related: data.related.map((item) => presentCard(item, chrome.sections, chrome.settings.language)),
    featured,
    corrections: data.corrections.map((c) => ({ label: c.kind === 'correction' ? 'Correction' : 'Update', date: presentDate(c.date, language)!, text: c.text })),
  };
}

/** A standalone page. */
export function presentStandalone(siteUrl: string, data: StandalonePage): StandalonePageView {
  return {
    chrome: presentChrome(data.chrome),
    head: presentHead(siteUrl, {
      title: `${data.page.title} — ${data.chrome.settings.title}`,
      description: data.page.excerpt,
      path: `/${data.page.slug}`,
    }),
    title: data.page.title,
    bodyHtml: data.page.bodyHtml,
  };
}
