import type { ArticleRowView } from '../../../presenters/admin/admin-view-models.js';

/** A table of articles with status, date and citation findings; empty lists say so. */
export function ArticleTable(props: { rows: ArticleRowView[]; caption: string; empty: string }) {
  if (props.rows.length === 0) return <p class="hint">{props.empty}</p>;
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead><tr><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Date</th><th scope="col">Notes</th></tr></thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <td><a href={row.editHref}>{row.title}</a>{row.authors ? <div class="hint">{row.authors}</div> : null}</td>
              <td><span class="status">{row.status}</span></td>
              <td>{row.date ? <time datetime={row.date.iso}>{row.dateLabel}</time> : '—'}</td>
              <td>{row.lint ?? 'Clean'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
