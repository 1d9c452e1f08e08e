import { absoluteUrl, articlePath } from '../domain/permalinks.js';
import type { CorrectionCursor } from '../services/articles/ports.js';
import type { CorrectionsLog } from '../services/reader/corrections-log.js';
import { pageLocale, presentChrome, presentHead } from './chrome-presenter.js';
import { t } from './i18n/translate.js';
import { presentDate } from './dates.js';
import type { FeedView } from './feed-models.js';
import { rulesOf } from './permalinks.js';
import type { ChromeView, DateView, HeadView, LinkView } from './view-models.js';

/** When a feed that has never had an item was last built, as far as readers can tell. */
const NEVER_UPDATED = '1970-01-01T00:00:00.000Z';

/** The corrections log's page and its RSS feed. */
export const CORRECTIONS_PATH = '/corrections';
export const CORRECTIONS_FEED_PATH = '/corrections/feed.xml';

/** One correction or update on the corrections page. */
export interface CorrectionEntryView {
  label: string;
  date: DateView;
  text: string;
  article: LinkView;
}

export interface CorrectionsPageView {
  chrome: ChromeView;
  head: HeadView;
  corrections: CorrectionEntryView[];
  /** The next (older) page, null on the last. */
  next: string | null;
  /** The site's corrections policy (a setting), null when none is set. */
  policy?: string | null;
}

/** A cursor as the `before` query value: `DATE~ID`. */
export function cursorParam(cursor: CorrectionCursor): string {
  return `${cursor.date}~${cursor.id}`;
}

const labelOf = (kind: string, locale = 'en') => t(locale, kind === 'correction' ? 'article.correction' : 'article.update');

/** The corrections page: every correction and update, newest first, with the article it corrects. */
export function presentCorrections(siteUrl: string, data: CorrectionsLog, before: CorrectionCursor | null): CorrectionsPageView {
  const { chrome } = data;
  const rules = rulesOf(chrome);
  const { language, timeZone, title } = chrome.settings;
  const locale = pageLocale(chrome);
  const page = (cursor: CorrectionCursor) => `${CORRECTIONS_PATH}?before=${encodeURIComponent(cursorParam(cursor))}`;
  return {
    chrome: presentChrome(chrome),
    head: presentHead(siteUrl, {
      title: `Corrections — ${title}`,
      description: `Every correction and update to the published articles of ${title}, newest first.`,
      path: before ? page(before) : CORRECTIONS_PATH,
      siteName: title,
      language,
      noindex: before !== null,
      feeds: [{ href: absoluteUrl(siteUrl, CORRECTIONS_FEED_PATH), type: 'application/rss+xml', title: `Corrections — ${title} (RSS)` }],
    }),
    corrections: data.corrections.map(({ correction, article }) => ({
      label: labelOf(correction.kind, locale),
      date: presentDate(correction.date, locale, timeZone)!,
      text: correction.text,
      article: { href: articlePath(article, rules), label: article.title },
    })),
    next: data.next ? page(data.next) : null,
    policy: chrome.settings.correctionsPolicyUrl || null,
  };
}

/** The corrections feed: one item for each correction, linking to the corrected article. */
export function presentCorrectionsFeed(siteUrl: string, data: CorrectionsLog): FeedView {
  const { settings } = data.chrome;
  const rules = rulesOf(data.chrome);
  const items = data.corrections.map(({ correction, article }) => {
    const url = absoluteUrl(siteUrl, articlePath(article, rules));
    return {
      id: `${url}#correction-${correction.id}`,
      url,
      title: `${labelOf(correction.kind, pageLocale(data.chrome))}: ${article.title}`,
      summary: correction.text,
      contentHtml: null,
      published: correction.date,
      updated: correction.date,
      authors: [],
      categories: [],
    };
  });
  const link = absoluteUrl(siteUrl, CORRECTIONS_PATH);
  const self = absoluteUrl(siteUrl, CORRECTIONS_FEED_PATH);
  return {
    id: link,
    link,
    title: `Corrections — ${settings.title}`,
    description: `Corrections and updates to the published articles of ${settings.title}.`,
    language: settings.language,
    // The newest correction's date; with none, a fixed date (the feed has not changed), so static copies stay byte-stable.
    updated: items[0]?.updated ?? NEVER_UPDATED,
    self: { rss: self, atom: self, json: self },
    publisher: settings.title,
    icon: absoluteUrl(siteUrl, '/favicon.ico'),
    // Not pinged on publish (only the site feeds are), so it names no WebSub hub.
    hub: null,
    items,
  };
}
