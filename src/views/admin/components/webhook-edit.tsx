import type { WebhooksView } from '../../../presenters/admin/webhooks-presenter.js';
import { useT } from '../../locale-context.js';
import { CsrfField } from './fields.js';

/** What the form of one webhook shows: what was sent when its change was refused, otherwise the webhook as it is. */
function valuesOf(view: WebhooksView, hook: WebhooksView['hooks'][number]) {
  const refused = view.editing?.id === hook.id ? view.editing.form : null;
  const sent = refused?.values ?? {};
  const events = sent['events'] ?? (refused ? [] : hook.eventList);
  return {
    refused,
    url: typeof sent['url'] === 'string' ? sent['url'] : hook.url,
    events: new Set(Array.isArray(events) ? events : [events]),
  };
}

/** A "Change webhook #N" disclosure per webhook: address, events, and its signing secret (kept, replaced by a new one, or set). */
export function WebhookEditForms(props: { view: WebhooksView }) {
  const t = useT();
  const { view } = props;
  if (view.hooks.length === 0) return null;
  return (
    <section aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('admin.webhooks.edit.heading')}</h2>
      {view.hooks.map((hook) => {
        // A secret that was typed is never sent back in the page.
        const { refused, url, events } = valuesOf(view, hook);
        const error = (field: string) => refused?.errors[field];
        const key = `hook-${hook.id}`;
        return (
          <details class="panel" open={refused !== null}>
            <summary>{t('admin.webhooks.edit.summary', { id: hook.id })}</summary>
            {refused ? (
              <div class="error-summary" id="error-summary" tabindex={-1} aria-labelledby="error-summary-title">
                <h3 id="error-summary-title">{t('admin.webhooks.edit.problem')}</h3>
                <ul>
                  {refused.summary.map((message) => <li>{message}</li>)}
                  {Object.entries(refused.errors).map(([field, message]) => <li><a href={`#${key}-${field}`}>{message}</a></li>)}
                </ul>
              </div>
            ) : null}
            <form method="post" action={hook.updateAction} novalidate>
              <CsrfField token={view.chrome.csrfToken} />
              <div class="field">
                <label for={`${key}-url`}>{t('admin.webhooks.edit.url')}</label>
                {error('url') ? <p class="field-error" id={`${key}-url-error`}>{error('url')}</p> : null}
                <input type="url" id={`${key}-url`} name="url" value={url} required aria-invalid={error('url') ? 'true' : undefined} aria-describedby={error('url') ? `${key}-url-error` : undefined} />
              </div>
              <fieldset class="field checkboxes" id={`${key}-events`} aria-describedby={error('events') ? `${key}-events-error` : undefined}>
                <legend>{t('admin.webhooks.edit.events')}</legend>
                {error('events') ? <p class="field-error" id={`${key}-events-error`}>{error('events')}</p> : null}
                {view.events.map((o) => <label class="checkbox"><input type="checkbox" name="events" value={o.value} checked={events.has(o.value)} /> {o.label}</label>)}
              </fieldset>
              <fieldset class="field">
                <legend>{t('admin.webhooks.edit.secretLegend')}</legend>
                <label class="checkbox"><input type="checkbox" name="renew" value="yes" /> {t('admin.webhooks.edit.renew')}</label>
                <label for={`${key}-secret`}>{t('admin.webhooks.edit.secret')}</label>
                <p class="hint" id={`${key}-secret-hint`}>{t('admin.webhooks.edit.secretHint')}</p>
                {error('secret') ? <p class="field-error" id={`${key}-secret-error`}>{error('secret')}</p> : null}
                <input type="password" id={`${key}-secret`} name="secret" value="" autocomplete="new-password" spellcheck={false}
                  aria-invalid={error('secret') ? 'true' : undefined} aria-describedby={`${key}-secret-hint${error('secret') ? ` ${key}-secret-error` : ''}`} />
              </fieldset>
              <div class="actions"><button type="submit">{t('admin.webhooks.edit.save', { id: hook.id })}</button></div>
            </form>
          </details>
        );
      })}
    </section>
  );
}
