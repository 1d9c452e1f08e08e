import type { ArticleRowView } from '../../../presenters/admin/admin-view-models.js';
import { useT } from '../../locale-context.js';

/** A table of articles with status, date and citation findings; empty lists say so. */
export function ArticleTable(props: { rows: ArticleRowView[]; caption: string; empty: string }) {
  const t = useT();
  if (props.rows.length === 0) return <p class="hint">{props.empty}</p>;
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead><tr><th scope="col">{t('admin.table.title')}</th><th scope="col">{t('admin.table.status')}</th><th scope="col">{t('admin.table.date')}</th><th scope="col">{t('admin.table.notes')}</th></tr></thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <td><a href={row.editHref}>{row.title}</a>{row.authors ? <div class="hint">{row.authors}</div> : null}</td>
              <td><span class="status">{row.status}</span></td>
              <td>{row.date ? <time datetime={row.date.iso}>{row.dateLabel}</time> : '—'}</td>
              <td>{row.lint ?? t('admin.table.clean')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
