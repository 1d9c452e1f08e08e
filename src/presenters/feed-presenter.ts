import { absoluteUrl, articlePath, authorPath, sectionPath, tagPath, type PermalinkRules } from '../domain/permalinks.js';
import { rulesOf } from './permalinks.js';
import { inLanguage, type LanguageSettings } from '../domain/languages.js';
import type { FeedArticle, FeedData } from '../services/reader/feed-data.js';
import { absoluteLinks } from './absolute-links.js';
import { feedPath } from './feed-links.js';
import { noteDisplayHtml } from './note-html.js';
import type { FeedItemView, FeedView } from './feed-models.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Body plus its notes, as one HTML document whose note links work from a feed reader. */
function fullContent(item: FeedArticle, url: string, siteUrl: string, style: string): string {
  const prefix = `${item.slug}-`;
  const notes = item.notes.length === 0 ? '' : `<section><h2>Notes</h2><ol>${item.notes
    .map((note) => `<li id="${escapeHtml(prefix)}note-${note.number}" value="${note.number}">${noteDisplayHtml(note, style)} <a href="#${escapeHtml(prefix)}ref-${note.number}-1">↩</a></li>`)
    .join('')}</ol></section>`;
  return absoluteLinks(item.bodyHtml + notes, siteUrl, url);
}

function presentItem(siteUrl: string, item: FeedArticle, full: boolean, style: string, rules: PermalinkRules, settings: LanguageSettings): FeedItemView {
  const url = absoluteUrl(siteUrl, articlePath(item, rules));
  const published = item.publishedAt ?? item.createdAt;
  return {
    id: url,
    url,
    title: item.title,
    summary: item.dek ?? item.excerpt,
    contentHtml: full ? fullContent(item, url, siteUrl, style) : null,
    published,
    updated: item.updatedAt > published ? item.updatedAt : published,
    authors: item.authors.map((a) => ({ name: a.name, url: absoluteUrl(siteUrl, authorPath(a.slug)) })),
    // A tag's page in the article's language (`/fr/tag/barrages`), its name as that language gives it (feed data).
    categories: item.tags.map((t) => ({ name: t.name, url: absoluteUrl(siteUrl, inLanguage(settings, item.language, tagPath(t.slug))) })),
  };
}

/** Path of the page a feed mirrors. */
function subjectPath(subject: FeedData['subject']): string {
  if (!subject) return '/';
  if (subject.kind === 'section') return sectionPath(subject.slugPath);
  return subject.kind === 'tag' ? tagPath(subject.slugPath) : authorPath(subject.slugPath);
}

/** A feed of the site, a section, a tag or an author, ready for any format. */
export function presentFeed(siteUrl: string, data: FeedData): FeedView {
  const { settings } = data.chrome;
  const language = data.language ?? null;
  const path = language ? `/${language}/` : subjectPath(data.subject);
  const items = data.items.map((item) => presentItem(siteUrl, item, settings.feedContent === 'full', settings.citationStyle, rulesOf(data.chrome), settings));
  const title = data.subject ? `${data.subject.name} — ${settings.title}` : language ? `${settings.title} (${language})` : settings.title;
  return {
    id: absoluteUrl(siteUrl, path),
    link: absoluteUrl(siteUrl, path),
    title,
    description: data.subject?.description || settings.description,
    language: language ?? settings.language,
    updated: items.reduce((newest, item) => (item.updated > newest ? item.updated : newest), items.length ? '' : data.now),
    self: {
      rss: absoluteUrl(siteUrl, feedPath(path, 'rss')),
      atom: absoluteUrl(siteUrl, feedPath(path, 'atom')),
      json: absoluteUrl(siteUrl, feedPath(path, 'json')),
    },
    publisher: settings.title,
    icon: absoluteUrl(siteUrl, '/favicon.ico'),
    // Publishing pings the hub for the site-wide feeds (services/distribution/websub.ts).
    hub: data.subject || language ? null : settings.websubHub || null,
    items,
  };
}
