import { articlePath } from '../domain/permalinks.js';
import type { SourcesPage } from '../services/reader/sources-page.js';
import { pageLocale, presentChrome, presentHead } from './chrome-presenter.js';
import { t } from './i18n/translate.js';
import { presentDate } from './dates.js';
import { rulesOf } from './permalinks.js';
import type { ChromeView, DateView, HeadView, LinkView } from './view-models.js';

/** One source on the Sources page. */
export interface SourceView {
  url: string;
  status: string;
  checked: DateView | null;
  archive: string | null;
  articles: LinkView[];
}

export interface SourcesPageView {
  chrome: ChromeView;
  head: HeadView;
  sources: SourceView[];
  /** The next page of sources, null on the last. */
  next: string | null;
}

/** The Sources page: each cited link once, its health in words, the articles citing it. */
export function presentSources(siteUrl: string, data: SourcesPage, after: string): SourcesPageView {
  const { chrome } = data;
  const rules = rulesOf(chrome);
  const language = chrome.settings.language;
  const locale = pageLocale(chrome);
  return {
    chrome: presentChrome(chrome),
    head: presentHead(siteUrl, {
      title: `Sources — ${chrome.settings.title}`,
      description: `Every source the articles of ${chrome.settings.title} link to, whether it still answers, and the articles citing it.`,
      path: after ? `/sources?after=${encodeURIComponent(after)}` : '/sources',
      siteName: chrome.settings.title,
      language,
      noindex: after !== '',
    }),
    sources: data.sources.map((s) => ({
      url: s.url,
      status: t(locale, `sources.status.${s.status}`),
      checked: presentDate(s.lastCheckedAt, locale, chrome.settings.timeZone),
      archive: s.archiveUrl,
      articles: s.articles.map((a) => ({ href: articlePath(a, rules), label: a.title })),
    })),
    next: data.next === null ? null : `/sources?after=${encodeURIComponent(data.next)}`,
  };
}
