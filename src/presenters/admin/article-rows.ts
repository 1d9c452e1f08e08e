import type { AdminListedArticle } from '../../services/articles/article-lists.js';
import { presentDateTime } from './admin-dates.js';
import type { ArticleStatus } from '../../domain/article.js';
import type { AdminChromeView, ArticleListView, ArticleRowView } from './admin-view-models.js';

/** An article as one row of an admin table. */
export function presentArticleRow(row: AdminListedArticle, zone = 'UTC'): ArticleRowView {
  const scheduled = row.status === 'scheduled';
  const date = presentDateTime(row.status === 'draft' ? row.updatedAt : row.publishedAt, zone);
  const lint = row.lintErrors + row.lintWarnings === 0 ? null
    : [row.lintErrors ? `${row.lintErrors} error${row.lintErrors === 1 ? '' : 's'}` : '', row.lintWarnings ? `${row.lintWarnings} warning${row.lintWarnings === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
  return {
    title: row.title,
    editHref: `/admin/articles/${row.id}`,
    status: row.status,
    date,
    dateLabel: date ? `${row.status === 'draft' ? 'Edited' : scheduled ? 'Publishes' : 'Published'} ${date.label}` : '',
    authors: row.authors.map((a) => a.name).join(', '),
    lint,
  };
}

/** The statuses the article list can be filtered by, in the order of its filter links. */
export const LISTED_STATUSES: readonly ArticleStatus[] = ['draft', 'scheduled', 'published'];

const capitalised = (word: string): string => `${word[0]!.toUpperCase()}${word.slice(1)}`;

/** The article list screen: its filter links (the current one marked), heading and rows. */
export function presentArticleList(
  chrome: (title: string) => AdminChromeView,
  filter: { status?: ArticleStatus; lint: boolean },
  rows: AdminListedArticle[],
  zone: string,
): ArticleListView {
  const { status, lint } = filter;
  const filters = [
    { href: '/admin/articles', label: 'All', current: !status && !lint },
    ...LISTED_STATUSES.map((s) => ({ href: `/admin/articles?status=${s}`, label: capitalised(s), current: s === status })),
    { href: '/admin/articles?lint=1', label: 'With citation findings', current: lint },
  ];
  const heading = status ? `${capitalised(status)} articles` : lint ? 'Articles with citation findings' : 'Articles';
  return { chrome: chrome(heading), heading, filters, rows: rows.map((row) => presentArticleRow(row, zone)) };
}
