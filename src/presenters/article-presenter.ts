import { inLanguage } from '../domain/languages.js';
import type { Note } from '../domain/article.js';
import type { NoteLinkHealth } from '../domain/link-record.js';
import { absoluteUrl, articlePath, authorPath, sectionPath, tagPath } from '../domain/permalinks.js';
import { sectionSlugPath } from '../domain/section.js';
import { REFERENCE_FORMATS } from '../domain/reference-formats.js';
import type { ArticlePage, StandalonePage } from '../services/reader/article-page.js';
import { presentRelatedCard } from './card-presenter.js';
import { presentComments, type CommentFormState } from './comments-presenter.js';
import { homeCrumb, pageLocale, presentChrome, presentHead } from './chrome-presenter.js';
import { t } from './i18n/translate.js';
import { textDirection } from './i18n/locale.js';
import { presentDate } from './dates.js';
import { breadcrumbListLd, serializeJsonLd } from './json-ld.js';
import { presentDeadLink, presentSourcesLine } from './link-health-presenter.js';
import { rulesOf } from './permalinks.js';
import { noteDisplayHtml } from './note-html.js';
import { newsArticleLd } from './schema-org.js';
import { withRobustLink } from './robust-links.js';
import { publisherPolicies } from './policy-links.js';
import { presentAvatar, presentPicture } from './media-presenter.js';
import { shareCardSocial } from './share-card-presenter.js';
import { articleShareImage } from './share-image.js';
import { oembedHref } from './oembed-presenter.js';
import { presentReadingAids } from './reading-aids-presenter.js';
import type { ArticlePageView, NoteView, StandalonePageView } from './view-models.js';
import { presentLanguages } from './language-presenter.js';

// The stable address of the site icon (the hashed asset URL belongs to views).
const SITE_ICON_PATH = '/favicon.ico';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The back-link arrow of a note, pointing against the reading direction. */
export function backArrow(locale: string): string {
  return textDirection(locale) === 'rtl' ? '↪' : '↩';
}

/** Back-link text for the k-th citation (0-based): a…z, then aa, ab… */
export function citationLetter(index: number): string {
  return index < LETTERS.length ? LETTERS[index]! : LETTERS[Math.floor(index / LETTERS.length) - 1]! + LETTERS[index % LETTERS.length]!;
}

/**
 * A note with one back-link per citing place (ids match the body's markers). The note is
 * shown in the site's citation style once rendered in it, else as the writer wrote it; a
 * dead link is marked.
 */
export function presentNote(note: Note, idPrefix: string, style?: string, link?: NoteLinkHealth, language = 'en'): NoteView {
  const backlinks = Array.from({ length: Math.max(1, note.citations) }, (_, i) => ({
    href: `#${idPrefix}ref-${note.number}-${i + 1}`,
    // The hooked arrow points back along the line: leftwards in English, rightwards in Arabic.
    text: note.citations > 1 ? citationLetter(i) : backArrow(language),
    label: note.citations > 1
      ? t(language, 'notes.backToCitation', { letter: citationLetter(i), note: note.number })
      : t(language, 'notes.backTo', { note: note.number }),
  }));
  const view: NoteView = { id: `${idPrefix}note-${note.number}`, number: note.number, html: noteDisplayHtml(note, style), backlinks };
  return link ? presentDeadLink(view, link, language) : view;
}

/**
 * The article page: trail, byline, body, notes, related, comments (with the form as
 * `commentForm` says); `oembed` false leaves out the oEmbed link (a static copy has no /oembed).
 */
export function presentArticle(siteUrl: string, data: ArticlePage, commentForm?: CommentFormState, oembed = true): ArticlePageView {
  const { article, chrome } = data;
  const language = article.language || chrome.settings.language;
  // Interface strings, dates and numbers follow the article's language.
  const locale = pageLocale(chrome, language);
  const rules = rulesOf(chrome);
  const path = articlePath(article, rules);
  const idPrefix = `${article.slug}-`;
  const languages = presentLanguages(chrome, { language: article.language, path }, data.translations.map((t) => ({ language: t.language, path: articlePath(t, rules) })));
  // An author with a bio in the article's language has a page in it; the byline and JSON-LD both point there.
  const bylineAuthorPath = (a: { id: number; slug: string }): string =>
    data.authorsWithBio?.includes(a.id) ? inLanguage(chrome.settings, article.language, authorPath(a.slug)) : authorPath(a.slug);
  const breadcrumbs = [
    { ...homeCrumb(locale), href: languages.home },
    ...data.ancestry.map((s) => ({ href: inLanguage(chrome.settings, languages.listLanguage, sectionPath(sectionSlugPath(chrome.sections, s))), label: s.name })),
    { href: path, label: article.title },
  ];
  const zone = chrome.settings.timeZone;
  const published = presentDate(article.publishedAt, locale, zone);
  const updated = article.updatedAt > (article.publishedAt ?? '') ? presentDate(article.updatedAt, locale, zone) : null;
  const featured = data.featured ? presentPicture(data.featured.media, data.featured.alt) : null;
  const share = articleShareImage(siteUrl, article, chrome.settings.title, featured);
  const aids = presentReadingAids(article.bodyHtml, idPrefix, locale, updated !== null, data.corrections);
  return {
    chrome: presentChrome(chrome, language),
    language,
    head: presentHead(siteUrl, {
      alternates: languages.alternates,
      languageSwitcher: languages.switcher,
      // The editor's SEO title replaces the page title whole (as Ghost's meta_title and Yoast's do); its SEO description the dek.
      title: data.seo?.title?.trim() || `${article.title} — ${chrome.settings.title}`,
      description: data.seo?.description?.trim() || (article.dek ?? article.excerpt),
      path,
      siteName: chrome.settings.title,
      siteDescription: chrome.settings.description,
      language,
      // oEmbed discovery: consumers that find this link embed the article as a card.
      feeds: oembed ? [{ type: 'application/json+oembed', title: article.title, href: oembedHref(siteUrl, path) }] : [],
      social: {
        type: 'article',
        publishedTime: article.publishedAt,
        modifiedTime: article.updatedAt,
        section: data.ancestry.at(-1)?.name ?? null,
        tags: data.tags.map((t) => t.name),
        fediverseCreators: data.authors.flatMap((a) => (a.fediverse ? [a.fediverse] : [])),
        ...shareCardSocial(siteUrl, data.shareCard, share),
      },
      jsonLd: [
        serializeJsonLd(newsArticleLd({
          url: absoluteUrl(siteUrl, path),
          headline: article.title,
          description: article.dek ?? article.excerpt,
          authors: data.authors.map((a) => ({ name: a.name, url: absoluteUrl(siteUrl, bylineAuthorPath(a)) })),
          datePublished: article.publishedAt,
          dateModified: article.updatedAt,
          publisher: chrome.settings.title,
          logo: absoluteUrl(siteUrl, SITE_ICON_PATH),
          // Without a featured image, the generated card stands in.
          image: share.image!,
          section: data.ancestry.at(-1)?.name ?? null,
          keywords: data.tags.map((t) => t.name),
          language,
          notes: data.notes,
          corrections: data.corrections,
          articleType: data.articleType ?? null,
          policies: publisherPolicies(siteUrl, chrome.settings),
        })),
        serializeJsonLd(breadcrumbListLd(breadcrumbs.map((c) => ({ name: c.label, url: absoluteUrl(siteUrl, c.href) })))),
      ],
    }),
    idPrefix,
    breadcrumbs,
    title: article.title,
    typeLabel: data.articleType ? t(language, `articleTypes.${data.articleType}`) : null,
    dek: article.dek,
    published,
    updated,
    // An author with a bio in the article's language has a page in it; the others only the default one.
    authors: data.authors.map((a) => ({ href: bylineAuthorPath(a), label: a.name })),
    tags: data.tags.map((t) => ({ href: inLanguage(chrome.settings, languages.listLanguage, tagPath(t.slug)), label: t.name })),
    bodyHtml: aids.bodyHtml,
    aids: aids.view,
    notes: data.notes.map((note) => withRobustLink(
      presentNote(note, idPrefix, chrome.settings.citationStyle, data.noteLinks?.find((l) => l.noteNumber === note.number), locale),
      data.noteVersions?.find((v) => v.noteNumber === note.number),
    )),
    sourcesLine: presentSourcesLine(data.notes, data.noteLinks, locale, zone),
    referenceDownloads: data.notes.length === 0 ? [] : REFERENCE_FORMATS.map((f) => ({ href: `${path}/references.${f.extension}`, label: f.label })),
    related: data.related.map((item) => {
      const card = presentRelatedCard(item, chrome.sections, locale, rules, zone);
      return card.section ? { ...card, section: { ...card.section, href: inLanguage(chrome.settings, languages.listLanguage, card.section.href) } } : card;
    }),
    comments: presentComments(path, data.comments, locale, idPrefix, commentForm, zone),
    featured,
    featuredCaption: featured ? (data.featured?.caption?.trim() || null) : null,
    bylineAvatars: data.authors.flatMap((a) => {
      const avatar = presentAvatar(data.authorAvatars?.find((m) => m.id === a.avatarMediaId), a.avatarUrl, a.name, 32);
      return avatar ? [avatar] : [];
    }),
    corrections: data.corrections.map((c) => ({ label: t(locale, c.kind === 'correction' ? 'article.correction' : 'article.update'), date: presentDate(c.date, locale, zone)!, text: c.text })),
  };
}

/** A standalone page. */
export function presentStandalone(siteUrl: string, data: StandalonePage): StandalonePageView {
  return {
    chrome: presentChrome(data.chrome, data.page.language),
    head: presentHead(siteUrl, {
      title: `${data.page.title} — ${data.chrome.settings.title}`,
      description: data.page.excerpt,
      path: `/${data.page.slug}`,
      siteName: data.chrome.settings.title,
      siteDescription: data.chrome.settings.description,
      language: data.page.language || data.chrome.settings.language,
    }),
    title: data.page.title,
    bodyHtml: data.page.bodyHtml,
  };
}
