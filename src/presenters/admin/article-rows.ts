import type { AdminListedArticle } from '../../services/articles/article-lists.js';
import { presentDateTime } from './admin-dates.js';
import type { ArticleRowView } from './admin-view-models.js';

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
