import type { DeliveryOutcomeView, WebhooksView } from '../../../presenters/admin/webhooks-presenter.js';
import { AdminLayout } from '../admin-layout.js';
import { AddPanel, CheckboxGroup, CsrfField, TextField } from '../components/fields.js';
import { WebhookEditForms } from '../components/webhook-edit.js';
import { translateIn } from '../../locale-context.js';

function Outcome(props: { outcome: DeliveryOutcomeView | null }) {
  const { outcome } = props;
  if (!outcome) return <>No deliveries yet</>;
  return <span class={outcome.ok ? 'delivery-ok' : 'delivery-failed'}>{outcome.label}</span>;
}

/** Webhooks: signed POSTs to other systems when articles, comments or links change; the delivery log. */
export function WebhooksPage(props: { view: WebhooksView }) {
  const { view } = props;
  const csrf = view.chrome.csrfToken;
  const t = translateIn(view.chrome.locale);
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>Webhooks</h1>
      <p>
        Each webhook receives the events it subscribes to as a JSON POST, signed in <code>X-Dossier-Signature</code> with its secret
        (see the API reference). A delivery that fails is tried again, 5 times in all, over about 45 minutes.
      </p>
      {view.added ? (
        <section class="panel" role="status" aria-labelledby="secret-heading">
          <h2 id="secret-heading">{view.added.renewed ? t('admin.webhooks.edit.renewed', { id: view.added.id }) : <>Webhook #{view.added.id} added: copy its secret now</>}</h2>
          <p>The receiver at <code>{view.added.url}</code> checks signatures with this secret. It is not shown again.</p>
          <p><code class="secret">{view.added.secret}</code></p>
        </section>
      ) : null}
      {view.hooks.length === 0 ? <p>No webhooks yet.</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Webhooks</caption>
            <thead><tr><th scope="col">Address</th><th scope="col">Events</th><th scope="col">Latest delivery</th><th scope="col">State</th><th scope="col">Actions</th></tr></thead>
            <tbody>
              {view.hooks.map((h) => (
                <tr>
                  <td>#{h.id} <code>{h.url}</code></td>
                  <td>{h.events}</td>
                  <td><Outcome outcome={h.last} /></td>
                  <td>{h.active ? 'On' : 'Off'}</td>
                  <td>
                    <form method="post" action={h.toggleAction} class="inline-form">
                      <CsrfField token={csrf} />
                      <button type="submit" aria-label={`${h.active ? 'Turn off' : 'Turn on'} webhook #${h.id}`}>{h.active ? 'Turn off' : 'Turn on'}</button>
                    </form>{' '}
                    <form method="post" action={h.deleteAction} class="inline-form">
                      <CsrfField token={csrf} />
                      <button type="submit" aria-label={`Delete webhook #${h.id}`}>Delete</button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <WebhookEditForms view={view} />
      <AddPanel heading="Add a webhook" action="/admin/settings/webhooks" form={view.form} csrfToken={csrf} submit="Add webhook">
        <TextField form={view.form} name="url" label="Address (URL)" type="url" hint="An http(s) address of the system that receives the events." required />
        <CheckboxGroup form={view.form} name="events" legend="Events" options={view.events} />
      </AddPanel>
      <section aria-labelledby="deliveries-heading">
        <h2 id="deliveries-heading">Recent deliveries</h2>
        {view.deliveries.length === 0 ? <p>No deliveries yet.</p> : (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">Recent deliveries, newest first</caption>
              <thead><tr><th scope="col">Time</th><th scope="col">Webhook</th><th scope="col">Event</th><th scope="col">Attempt</th><th scope="col">Outcome</th><th scope="col">Took</th></tr></thead>
              <tbody>
                {view.deliveries.map((d) => (
                  <tr>
                    <td>{d.at ? <time datetime={d.at.iso}>{d.at.label}</time> : null}</td>
                    <td>{d.webhook}</td>
                    <td>{d.event}</td>
                    <td>{d.attempt}</td>
                    <td><Outcome outcome={d.outcome} /></td>
                    <td>{d.durationMs} ms</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </AdminLayout>
  );
}
