import type { IntegrationsView } from '../../../presenters/admin/integrations-presenter.js';
import { AdminLayout } from '../admin-layout.js';
import { AddPanel, CheckboxGroup, CsrfField, TextField } from '../components/fields.js';
import { translateIn } from '../../locale-context.js';

/** Admin API integrations: one key per app that writes to the site, each with its scopes. */
export function IntegrationsPage(props: { view: IntegrationsView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  const k = (key: string, values?: Record<string, string>) => t(`admin.integrations.${key}`, values);
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{k('heading')}</h1>
      <p>
        {k('introBefore')} <code dir="ltr">{view.apiPath}</code> {k('introAfter')} <code>v5.0</code>{k('introEnd')}
      </p>
      {view.created ? (
        <div class="notice" role="status">
          <p>{k('created', { name: view.created.name })}</p>
          <p><code id="new-integration-key">{view.created.key}</code></p>
        </div>
      ) : null}
      {view.tokens.length === 0 ? <p>{k('none')}</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{k('heading')}</caption>
            <thead><tr><th scope="col">{k('name')}</th><th scope="col">{k('keyId')}</th><th scope="col">{k('scopes')}</th><th scope="col">{k('lastUsed')}</th><th scope="col">{k('state')}</th></tr></thead>
            <tbody>
              {view.tokens.map((row) => (
                <tr>
                  <td><bdi>{row.name}</bdi></td>
                  <td><code>{row.keyId}</code></td>
                  <td dir="ltr">{row.scopes}</td>
                  <td>{row.lastUsedAt ? <time datetime={row.lastUsedAt}>{row.lastUsedAt.slice(0, 10)}</time> : k('never')}</td>
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
      <AddPanel heading={k('add')} action="/admin/settings/integrations" form={view.form} csrfToken={view.chrome.csrfToken} submit={k('addSubmit')}>
        <TextField form={view.form} name="name" label={k('app')} hint={k('appHint')} required />
        <CheckboxGroup form={view.form} name="scopes" legend={k('scopesLegend')} options={view.scopeOptions} />
      </AddPanel>
    </AdminLayout>
  );
}
