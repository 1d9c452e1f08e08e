import type { IntegrationsView } from '../../../presenters/admin/integrations-presenter.js';
import { AdminLayout } from '../admin-layout.js';
import { AddPanel, CheckboxGroup, CsrfField, TextField } from '../components/fields.js';

/** Admin API integrations: one key per app that writes to the site, each with its scopes. */
export function IntegrationsPage(props: { view: IntegrationsView }) {
  const { view } = props;
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>Admin API integrations</h1>
      <p>
        Writing apps and scripts create, edit and publish through <code>{view.apiPath}</code> with a key (Ghost's Admin API: Ghost's own
        client works, with version <code>v5.0</code>). Give each app its own key with only the scopes it needs.
      </p>
      {view.created ? (
        <div class="notice" role="status">
          <p>The key for {view.created.name}. Copy it now: it is not shown again.</p>
          <p><code id="new-integration-key">{view.created.key}</code></p>
        </div>
      ) : null}
      {view.tokens.length === 0 ? <p>No integrations yet.</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Admin API integrations</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Key id</th><th scope="col">Scopes</th><th scope="col">Last used</th><th scope="col">State</th></tr></thead>
            <tbody>
              {view.tokens.map((t) => (
                <tr>
                  <td>{t.name}</td>
                  <td><code>{t.keyId}</code></td>
                  <td>{t.scopes}</td>
                  <td>{t.lastUsedAt ? <time datetime={t.lastUsedAt}>{t.lastUsedAt.slice(0, 10)}</time> : 'Never'}</td>
                  <td>
                    {t.revokeAction ? (
                      <form method="post" action={t.revokeAction} class="inline-form">
                        <CsrfField token={view.chrome.csrfToken} />
                        <button type="submit" aria-label={`Revoke the key of ${t.name}`}>Revoke</button>
                      </form>
                    ) : <>Revoked <time datetime={t.revokedAt ?? ''}>{(t.revokedAt ?? '').slice(0, 10)}</time></>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddPanel heading="Add an integration" action="/admin/settings/integrations" form={view.form} csrfToken={view.chrome.csrfToken} submit="Add integration">
        <TextField form={view.form} name="name" label="App it is for" hint="For example: iA Writer, Ulysses, Import script." required />
        <CheckboxGroup form={view.form} name="scopes" legend="What it may do" options={view.scopeOptions} />
      </AddPanel>
    </AdminLayout>
  );
}
