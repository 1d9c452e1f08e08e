import type { ContentKeysView } from '../../../presenters/admin/content-keys-presenter.js';
import { AdminLayout } from '../admin-layout.js';
import { AddPanel, CsrfField, TextField } from '../components/fields.js';
import { translateIn } from '../../locale-context.js';

/** Content API keys: one per front end that reads the site through the API. */
export function ContentKeysPage(props: { view: ContentKeysView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  const k = (key: string, values?: Record<string, string>) => t(`admin.contentKeys.${key}`, values);
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{k('heading')}</h1>
      <p>
        {k('introBefore')} <code dir="ltr">{view.apiPath}</code> {k('introAfter')} <code>v5.0</code>{k('introEnd')}
      </p>
      {view.keys.length === 0 ? <p>{k('none')}</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{k('heading')}</caption>
            <thead><tr><th scope="col">{k('name')}</th><th scope="col">{k('key')}</th><th scope="col">{k('created')}</th><th scope="col">{k('state')}</th></tr></thead>
            <tbody>
              {view.keys.map((row) => (
                <tr>
                  <td>{row.name}</td>
                  <td><code>{row.secret}</code></td>
                  <td><time datetime={row.createdAt}>{row.createdAt.slice(0, 10)}</time></td>
                  <td>
                    {row.revokeAction ? (
                      <form method="post" action={row.revokeAction} class="inline-form">
                        <CsrfField token={view.chrome.csrfToken} />
                        <button type="submit" aria-label={k('revokeLabel', { name: row.name })}>{k('revoke')}</button>
                      </form>
                    ) : <>{k('revoked')} <time datetime={row.revokedAt ?? ''}>{(row.revokedAt ?? '').slice(0, 10)}</time></>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddPanel heading={k('add')} action="/admin/settings/keys" form={view.form} csrfToken={view.chrome.csrfToken} submit={k('addSubmit')}>
        <TextField form={view.form} name="name" label={k('frontEnd')} hint={k('frontEndHint')} required />
      </AddPanel>
    </AdminLayout>
  );
}
