import type { AdminListedArticle } from '../../services/articles/article-lists.js';
import { presentDateTime } from './admin-dates.js';
import type { ArticleStatus } from '../../domain/article.js';
import { t } from '../i18n/translate.js';
import type { AdminChromeView, ArticleListView, ArticleRowView } from './admin-view-models.js';

const DATE_LABEL: Record<ArticleStatus, string> = { draft: 'admin.table.edited', scheduled: 'admin.table.publishes', published: 'admin.table.publishedOn' };

/** An article as one row of an admin table, in the admin's `locale`. */
export function presentArticleRow(row: AdminListedArticle, zone = 'UTC', locale = 'en'): ArticleRowView {
  const date = presentDateTime(row.status === 'draft' ? row.updatedAt : row.publishedAt, zone, locale);
  const lint = row.lintErrors + row.lintWarnings === 0 ? null
    : [row.lintErrors ? t(locale, 'admin.table.errors', { count: row.lintErrors }) : '', row.lintWarnings ? t(locale, 'admin.table.warnings', { count: row.lintWarnings }) : ''].filter(Boolean).join(', ');
  return {
    title: row.title,
    editHref: `/admin/articles/${row.id}`,
    status: t(locale, `admin.status.${row.status}`),
    date,
    dateLabel: date ? t(locale, DATE_LABEL[row.status] ?? 'admin.table.publishedOn', { date: date.label }) : '',
    authors: row.authors.map((a) => a.name).join(', '),
    lint,
  };
}

/** The statuses the article list can be filtered by, in the order of its filter links. */
export const LISTED_STATUSES: readonly ArticleStatus[] = ['draft', 'scheduled', 'published'];

const HEADINGS: Record<string, string> = { draft: 'headingDraft', scheduled: 'headingScheduled', published: 'headingPublished' };

/** The article list screen: its filter links (the current one marked), heading and rows, in the admin's `locale`. */
export function presentArticleList(
  chrome: (title: string) => AdminChromeView,
  filter: { status?: ArticleStatus; lint: boolean },
  rows: AdminListedArticle[],
  zone: string,
  locale = 'en',
): ArticleListView {
  const { status, lint } = filter;
  const tr = (key: string) => t(locale, `admin.articles.${key}`);
  const filters = [
    { href: '/admin/articles', label: tr('all'), current: !status && !lint },
    ...LISTED_STATUSES.map((s) => ({ href: `/admin/articles?status=${s}`, label: tr(s), current: s === status })),
    { href: '/admin/articles?lint=1', label: tr('withFindings'), current: lint },
  ];
  const heading = status ? tr(HEADINGS[status] ?? 'heading') : lint ? tr('headingFindings') : tr('heading');
  return { chrome: chrome(heading), heading, filters, rows: rows.map((row) => presentArticleRow(row, zone, locale)) };
}
