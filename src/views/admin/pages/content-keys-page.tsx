import type { ContentKeysView } from '../../../presenters/admin/content-keys-presenter.js';
import { AdminLayout } from '../admin-layout.js';
import { AddPanel, CsrfField, TextField } from '../components/fields.js';

/** Content API keys: one per front end that reads the site through the API. */
export function ContentKeysPage(props: { view: ContentKeysView }) {
  const { view } = props;
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>Content API keys</h1>
      <p>
        Front ends read published content at <code>{view.apiPath}</code> with a key (Ghost's Content API: Ghost's own client works, with
        version <code>v5.0</code>). Give each front end its own key, so one can be revoked without the others.
      </p>
      {view.keys.length === 0 ? <p>No keys yet.</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Content API keys</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Key</th><th scope="col">Created</th><th scope="col">State</th></tr></thead>
            <tbody>
              {view.keys.map((k) => (
                <tr>
                  <td>{k.name}</td>
                  <td><code>{k.secret}</code></td>
                  <td><time datetime={k.createdAt}>{k.createdAt.slice(0, 10)}</time></td>
                  <td>
                    {k.revokeAction ? (
                      <form method="post" action={k.revokeAction} class="inline-form">
                        <CsrfField token={view.chrome.csrfToken} />
                        <button type="submit" aria-label={`Revoke the key of ${k.name}`}>Revoke</button>
                      </form>
                    ) : <>Revoked <time datetime={k.revokedAt ?? ''}>{(k.revokedAt ?? '').slice(0, 10)}</time></>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddPanel heading="Add a key" action="/admin/settings/keys" form={view.form} csrfToken={view.chrome.csrfToken} submit="Add key">
        <TextField form={view.form} name="name" label="Front end it is for" hint="For example: Static site, Newsletter, Mobile app." required />
      </AddPanel>
    </AdminLayout>
  );
}
