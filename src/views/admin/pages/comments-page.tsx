import type { ModerationView } from '../../../presenters/admin/comments-presenter.js';
import { AdminLayout } from '../admin-layout.js';
import { CsrfField } from '../components/fields.js';

/** Reader comments by status, with approve / hold / spam / trash on each. */
export function CommentsPage(props: { view: ModerationView }) {
  const { view } = props;
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>Comments</h1>
      <nav class="tabs" aria-label="Comments by status">
        <ul>
          {view.tabs.map((tab) => (
            <li><a href={tab.href} aria-current={tab.current ? 'page' : undefined}>{tab.label} <span class="count">({tab.count})</span></a></li>
          ))}
        </ul>
      </nav>
      {view.rows.length === 0 ? (
        <p class="empty">No {view.current} comments.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{view.tabs.find((t) => t.current)?.label} comments, newest first</caption>
            <thead><tr><th scope="col">Author</th><th scope="col">Comment</th><th scope="col">On</th><th scope="col">Moderate</th></tr></thead>
            <tbody>
              {view.rows.map((row) => (
                <tr id={`comment-${row.id}`}>
                  <td>
                    <strong>{row.author}</strong><br />
                    <span class="muted">{row.email}</span>
                    {row.website ? <><br /><a href={row.website} rel="nofollow ugc noopener">{row.website}</a></> : null}
                    {row.websiteText ? <><br /><span class="hint">{row.websiteText} (not a web address; not linked)</span></> : null}
                  </td>
                  <td>
                    <p class="comment-excerpt">{row.excerpt}</p>
                    {row.date ? <time class="muted" datetime={row.date.iso}>{row.date.label}</time> : null}
                  </td>
                  <td>{row.viewHref ? <a href={row.viewHref}>{row.articleSlug}</a> : row.articleSlug}</td>
                  <td>
                    <form method="post" action="/admin/comments" class="inline-form">
                      <CsrfField token={view.chrome.csrfToken} />
                      <input type="hidden" name="id" value={String(row.id)} />
                      <input type="hidden" name="from" value={view.current} />
                      {row.actions.map((action) => (
                        <button type="submit" name="status" value={action.status} aria-label={`${action.label} the comment by ${row.author}`}>{action.label}</button>
                      ))}
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}
