import { COMMENT_FORM_FIELDS as NAME, type CommentFormView, type FieldView } from '../../presenters/comment-view-models.js';
import { useT } from '../locale-context.js';

function FieldError(props: { field: FieldView }) {
  return props.field.error ? <p id={`${props.field.id}-error`} class="field-error">{props.field.error}</p> : null;
}

/** aria wiring of a field that may be wrong. */
function errorAttributes(field: FieldView) {
  return field.error ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${field.id}-error` } : {};
}

/** The comment form; a plain POST that works without JavaScript. */
export function CommentForm(props: { form: CommentFormView }) {
  const { form } = props;
  const { fields, values } = form;
  const p = form.idPrefix;
  const t = useT();
  return (
    <section id={`${p}respond`} class="comment-respond" aria-labelledby={`${p}respond-heading`}>
      <h3 id={`${p}respond-heading`}>{form.heading}</h3>
      {form.replyTo ? <p class="comment-cancel"><a href={form.replyTo.cancelHref}>{t('comments.cancelReply')}</a></p> : null}
      {form.message ? <p class="form-message" role="alert">{form.message}</p> : null}
      {form.errors.length > 0 ? (
        <div class="form-errors" role="alert">
          <p>{t('comments.notSent')}</p>
          <ul>{form.errors.map((e) => <li><a href={e.href}>{e.label}</a></li>)}</ul>
        </div>
      ) : null}
      <form class="comment-form" method="post" action={form.action} novalidate>
        <p class="form-note">{t('comments.formNote')}</p>
        <div class="field">
          <label for={fields.body.id}>{t('comments.required', { label: t('comments.fieldBody') })}</label>
          <textarea dir="auto" id={fields.body.id} name={NAME.body} rows={8} required autofocus={fields.body.autofocus} {...errorAttributes(fields.body)}>{values.body}</textarea>
          <FieldError field={fields.body} />
        </div>
        <div class="field">
          <label for={fields.name.id}>{t('comments.required', { label: t('comments.fieldName') })}</label>
          <input id={fields.name.id} name={NAME.name} type="text" autocomplete="name" maxlength={100} required value={values.name} autofocus={fields.name.autofocus} {...errorAttributes(fields.name)} />
          <FieldError field={fields.name} />
        </div>
        <div class="field">
          <label for={fields.email.id}>{t('comments.required', { label: t('comments.fieldEmail') })} <span class="field-hint">{t('comments.neverShown')}</span></label>
          <input id={fields.email.id} name={NAME.email} type="email" autocomplete="email" maxlength={254} required value={values.email} autofocus={fields.email.autofocus} {...errorAttributes(fields.email)} />
          <FieldError field={fields.email} />
        </div>
        <div class="field">
          <label for={fields.website.id}>{t('comments.fieldWebsite')}</label>
          <input id={fields.website.id} name={NAME.website} type="url" autocomplete="url" value={values.website} autofocus={fields.website.autofocus} {...errorAttributes(fields.website)} />
          <FieldError field={fields.website} />
        </div>
        <div class="visually-hidden">
          <label for={`${p}comment-hp`}>{t('comments.honeypot')}</label>
          <input id={`${p}comment-hp`} name={NAME.honeypot} type="text" tabindex={-1} autocomplete="off" value="" />
        </div>
        <input type="hidden" name={NAME.parent} value={values.parent} />
        <input type="hidden" name={NAME.token} value={form.token} />
        <p class="field-check">
          <input id={`${p}comment-remember`} name={NAME.remember} type="checkbox" value="1" checked={values.remember} />
          <label for={`${p}comment-remember`}>{t('comments.remember')}</label>
        </p>
        <p><button type="submit">{form.submitLabel}</button></p>
      </form>
    </section>
  );
}
