import type { DiffView, RevisionsView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { CsrfField } from '../components/fields.js';
import { translateIn } from '../../locale-context.js';

/** Every revision of an article: compare any two, restore one. */
export function RevisionsPage(props: { view: RevisionsView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  const r = (key: string, values?: Record<string, string>) => t(`admin.revisions.${key}`, values);
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{view.heading}</h1>
      <p><a href={view.editHref}>{r('back')}</a></p>
      <form method="get" action={view.compareAction}>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{r('caption')}</caption>
            <thead><tr><th scope="col">{r('from')}</th><th scope="col">{r('to')}</th><th scope="col">{r('version')}</th><th scope="col">{r('savedAt')}</th><th scope="col">{r('by')}</th><th scope="col">{r('title')}</th><th scope="col">{r('restore')}</th></tr></thead>
            <tbody>
              {view.rows.map((row) => (
                <tr>
                  <td><input type="radio" name="from" value={String(row.id)} checked={row.id === view.defaultFrom} aria-label={r('compareFrom', { version: String(row.version), kind: row.kind })} /></td>
                  <td><input type="radio" name="to" value={String(row.id)} checked={row.id === view.defaultTo} aria-label={r('compareTo', { version: String(row.version), kind: row.kind })} /></td>
                  <td>{row.version} <span class="hint">{row.kind}</span></td>
                  <td>{row.when ? <time datetime={row.when.iso}>{row.when.label}</time> : '—'}</td>
                  <td>{row.who}</td>
                  <td>{row.title}</td>
                  <td>
                    <button type="submit" form={`restore-${row.id}`}>{r('restore')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="actions"><button type="submit" class="primary">{r('compare')}</button></div>
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
  const t = translateIn(view.chrome.locale);
  const r = (key: string, values?: Record<string, string>) => t(`admin.revisions.${key}`, values);
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{view.heading}</h1>
      <p><a href={view.backHref}>{r('backToList')}</a></p>
      <p>{r('fromWord')} <strong>{view.fromLabel}</strong> {r('toWord')} <strong>{view.toLabel}</strong>.</p>
      <section class="panel" aria-labelledby="fields-heading">
        <h2 id="fields-heading">{r('changedFields')}</h2>
        {view.title === null && view.fields.length === 0 ? <p class="hint">{r('noField')}</p> : (
          <div class="table-wrap">
            <table>
              <thead><tr><th scope="col">{r('field')}</th><th scope="col">{r('before')}</th><th scope="col">{r('after')}</th></tr></thead>
              <tbody>
                {view.title ? <tr><td>title</td><td>{view.title.before}</td><td>{view.title.after}</td></tr> : null}
                {view.fields.map((f) => <tr><td>{f.field}</td><td>{f.before || '—'}</td><td>{f.after || '—'}</td></tr>)}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section class="panel" aria-labelledby="text-heading">
        <h2 id="text-heading">{r('text')}</h2>
        <p class="hint">{r('textHint')}</p>
        <div class="diff">
          {view.body.map((part) =>
            part.kind === 'added' ? <ins><span class="visually-hidden">{r('added')} </span>{part.text}</ins>
              : part.kind === 'removed' ? <del><span class="visually-hidden">{r('removed')} </span>{part.text}</del>
                : <span>{part.text}</span>,
          )}
        </div>
      </section>
    </AdminLayout>
  );
}
