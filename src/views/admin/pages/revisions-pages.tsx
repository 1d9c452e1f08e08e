import type { DiffView, RevisionsView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { CsrfField } from '../components/fields.js';

/** Every revision of an article: compare any two, restore one. */
export function RevisionsPage(props: { view: RevisionsView }) {
  const { view } = props;
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{view.heading}</h1>
      <p><a href={view.editHref}>Back to the editor</a></p>
      <form method="get" action={view.compareAction}>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Revisions, newest first</caption>
            <thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Version</th><th scope="col">Saved</th><th scope="col">By</th><th scope="col">Title</th><th scope="col">Restore</th></tr></thead>
            <tbody>
              {view.rows.map((row) => (
                <tr>
                  <td><input type="radio" name="from" value={String(row.id)} checked={row.id === view.defaultFrom} aria-label={`Compare from version ${row.version}, ${row.kind}`} /></td>
                  <td><input type="radio" name="to" value={String(row.id)} checked={row.id === view.defaultTo} aria-label={`Compare to version ${row.version}, ${row.kind}`} /></td>
                  <td>{row.version} <span class="hint">{row.kind}</span></td>
                  <td>{row.when ? <time datetime={row.when.iso}>{row.when.label}</time> : '—'}</td>
                  <td>{row.who}</td>
                  <td>{row.title}</td>
                  <td>
                    <button type="submit" form={`restore-${row.id}`}>Restore</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="actions"><button type="submit" class="primary">Compare selected</button></div>
      </form>
      {view.rows.map((row) => (
        <form id={`restore-${row.id}`} method="post" action={row.restoreAction} hidden>
          <CsrfField token={view.chrome.csrfToken} />
          <input type="hidden" name="version" value={String(view.version)} />
        </form>
      ))}
    </AdminLayout>
  );
}

/** What changed between two revisions: fields, then a line diff of the text. */
export function DiffPage(props: { view: DiffView }) {
  const { view } = props;
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{view.heading}</h1>
      <p><a href={view.backHref}>Back to revisions</a></p>
      <p>From <strong>{view.fromLabel}</strong> to <strong>{view.toLabel}</strong>.</p>
      <section class="panel" aria-labelledby="fields-heading">
        <h2 id="fields-heading">Changed fields</h2>
        {view.title === null && view.fields.length === 0 ? <p class="hint">No field changed.</p> : (
          <div class="table-wrap">
            <table>
              <thead><tr><th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
              <tbody>
                {view.title ? <tr><td>title</td><td>{view.title.before}</td><td>{view.title.after}</td></tr> : null}
                {view.fields.map((f) => <tr><td>{f.field}</td><td>{f.before || '—'}</td><td>{f.after || '—'}</td></tr>)}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section class="panel" aria-labelledby="text-heading">
        <h2 id="text-heading">Text</h2>
        <p class="hint">Removed lines are struck through; added lines are marked.</p>
        <div class="diff">
          {view.body.map((part) =>
            part.kind === 'added' ? <ins><span class="visually-hidden">Added: </span>{part.text}</ins>
              : part.kind === 'removed' ? <del><span class="visually-hidden">Removed: </span>{part.text}</del>
                : <span>{part.text}</span>,
          )}
        </div>
      </section>
    </AdminLayout>
  );
}
