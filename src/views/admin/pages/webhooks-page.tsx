import type { DeliveryOutcomeView, WebhooksView } from '../../../presenters/admin/webhooks-presenter.js';
import { AdminLayout } from '../admin-layout.js';
import { AddPanel, CheckboxGroup, CsrfField, TextField } from '../components/fields.js';
import { WebhookEditForms } from '../components/webhook-edit.js';
import { translateIn, useT } from '../../locale-context.js';

function Outcome(props: { outcome: DeliveryOutcomeView | null }) {
  const { outcome } = props;
  const t = useT();
  if (!outcome) return <>{t('admin.webhooks.noDeliveries')}</>;
  return <span class={outcome.ok ? 'delivery-ok' : 'delivery-failed'}>{outcome.label}</span>;
}

/** Webhooks: signed POSTs to other systems when articles, comments or links change; the delivery log. */
export function WebhooksPage(props: { view: WebhooksView }) {
  const { view } = props;
  const csrf = view.chrome.csrfToken;
  const t = translateIn(view.chrome.locale);
  const w = (key: string, id?: number) => t(`admin.webhooks.${key}`, id === undefined ? undefined : { id: String(id) });
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{w('title')}</h1>
      <p>
        {w('introBefore')} <code>X-Dossier-Signature</code> {w('introAfter')}
      </p>
      {view.added ? (
        <section class="panel" role="status" aria-labelledby="secret-heading">
          <h2 id="secret-heading">{view.added.renewed ? t('admin.webhooks.edit.renewed', { id: view.added.id }) : w('added', view.added.id)}</h2>
          <p>{w('receiverBefore')} <code>{view.added.url}</code> {w('receiverAfter')}</p>
          <p><code class="secret">{view.added.secret}</code></p>
        </section>
      ) : null}
      {view.hooks.length === 0 ? <p>{w('none')}</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{w('title')}</caption>
            <thead><tr><th scope="col">{w('address')}</th><th scope="col">{w('events')}</th><th scope="col">{w('latest')}</th><th scope="col">{w('state')}</th><th scope="col">{w('actions')}</th></tr></thead>
            <tbody>
              {view.hooks.map((h) => (
                <tr>
                  <td>#{h.id} <code>{h.url}</code></td>
                  <td>{h.events}</td>
                  <td><Outcome outcome={h.last} /></td>
                  <td>{h.active ? w('on') : w('off')}</td>
                  <td>
                    <form method="post" action={h.toggleAction} class="inline-form">
                      <CsrfField token={csrf} />
                      <button type="submit" aria-label={w(h.active ? 'turnOffLabel' : 'turnOnLabel', h.id)}>{h.active ? w('turnOff') : w('turnOn')}</button>
                    </form>{' '}
                    <form method="post" action={h.deleteAction} class="inline-form">
                      <CsrfField token={csrf} />
                      <button type="submit" aria-label={w('deleteLabel', h.id)}>{w('delete')}</button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <WebhookEditForms view={view} />
      <AddPanel heading={w('addHeading')} action="/admin/settings/webhooks" form={view.form} csrfToken={csrf} submit={w('add')}>
        <TextField form={view.form} name="url" label={w('url')} type="url" hint={w('urlHint')} required />
        <CheckboxGroup form={view.form} name="events" legend={w('events')} options={view.events} />
      </AddPanel>
      <section aria-labelledby="deliveries-heading">
        <h2 id="deliveries-heading">{w('deliveries')}</h2>
        {view.deliveries.length === 0 ? <p>{w('noDeliveriesYet')}</p> : (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{w('deliveriesCaption')}</caption>
              <thead><tr><th scope="col">{w('time')}</th><th scope="col">{w('webhook')}</th><th scope="col">{w('event')}</th><th scope="col">{w('attempt')}</th><th scope="col">{w('outcome')}</th><th scope="col">{w('took')}</th></tr></thead>
              <tbody>
                {view.deliveries.map((d) => (
                  <tr>
                    <td>{d.at ? <time datetime={d.at.iso}>{d.at.label}</time> : null}</td>
                    <td>{d.webhook}</td>
                    <td>{d.event}</td>
                    <td>{d.attempt}</td>
                    <td><Outcome outcome={d.outcome} /></td>
                    <td>{t('admin.webhooks.ms', { ms: String(d.durationMs) })}</td>
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
