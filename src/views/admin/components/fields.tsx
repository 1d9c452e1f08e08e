import type { ComponentChildren } from 'preact';
import type { FormView, OptionView } from '../../../presenters/admin/admin-view-models.js';
import { useT } from '../../locale-context.js';

const id = (name: string) => `field-${name}`;

/** What ties a control to its hint and error for assistive technology. */
function ariaFor(form: FormView, name: string, hint?: string) {
  const ids = [hint ? `${id(name)}-hint` : null, form.errors[name] ? `${id(name)}-error` : null].filter(Boolean);
  return { 'aria-invalid': form.errors[name] ? ('true' as const) : undefined, 'aria-describedby': ids.length ? ids.join(' ') : undefined };
}

function value(form: FormView, name: string): string {
  const v = form.values[name];
  return Array.isArray(v) ? v.join(', ') : (v ?? '');
}

function Hint(props: { name: string; hint?: string }) {
  return props.hint ? <p class="hint" id={`${id(props.name)}-hint`}>{props.hint}</p> : null;
}

function FieldError(props: { form: FormView; name: string }) {
  const t = useT();
  const message = props.form.errors[props.name];
  return message ? <p class="field-error" id={`${id(props.name)}-error`}><span class="visually-hidden">{t('admin.fields.error')} </span>{message}</p> : null;
}

/** What every field shows around its control: label, hint, error. */
function FieldFrame(props: { form: FormView; name: string; label: string; hint?: string; class?: string; children: ComponentChildren }) {
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id(props.name)}>{props.label}</label>
      <Hint name={props.name} hint={props.hint} />
      <FieldError form={props.form} name={props.name} />
      {props.children}
    </div>
  );
}

/** The hidden CSRF token every state-changing form carries. */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/** The list of problems at the top of a form; the script moves focus here after a failed submit. */
export function ErrorSummary(props: { form: FormView }) {
  const t = useT();
  const fields = Object.entries(props.form.errors);
  if (fields.length === 0 && props.form.summary.length === 0) return null;
  return (
    <div class="error-summary" id="error-summary" tabindex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('admin.fields.problem')}</h2>
      <ul>
        {props.form.summary.map((message) => <li>{message}</li>)}
        {fields.map(([name, message]) => <li><a href={`#${id(name)}`}>{message}</a></li>)}
      </ul>
    </div>
  );
}

/** A panel whose form adds something: heading, error summary, CSRF token, the fields, one button. */
export function AddPanel(props: { heading: string; action: string; form: FormView; csrfToken: string; submit: string; children: ComponentChildren }) {
  return (
    <section class="panel" aria-labelledby="add-heading">
      <h2 id="add-heading">{props.heading}</h2>
      <ErrorSummary form={props.form} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrfToken} />
        {props.children}
        <div class="actions"><button type="submit" class="primary">{props.submit}</button></div>
      </form>
    </section>
  );
}

/** A labelled text input that keeps what was typed and shows its error beside it. */
export function TextField(props: {
  form: FormView; name: string; label: string; type?: string; hint?: string; required?: boolean;
  autocomplete?: string; class?: string; inputmode?: string; maxLength?: number;
}) {
  const { form, name } = props;
  return (
    <FieldFrame form={form} name={name} label={props.label} hint={props.hint} class={props.class}>
      <input
        id={id(name)} name={name} type={props.type ?? 'text'} value={props.type === 'password' ? '' : value(form, name)}
        required={props.required} autocomplete={props.autocomplete} inputmode={props.inputmode} maxLength={props.maxLength}
        dir={(props.type ?? 'text') === 'text' ? 'auto' : undefined}
        {...ariaFor(form, name, props.hint)}
      />
    </FieldFrame>
  );
}

/** A labelled multi-line text field. */
export function TextArea(props: { form: FormView; name: string; label: string; hint?: string; rows?: number; class?: string; required?: boolean }) {
  const { form, name } = props;
  return (
    <FieldFrame form={form} name={name} label={props.label} hint={props.hint} class={props.class}>
      <textarea
        id={id(name)} name={name} rows={props.rows ?? 4} required={props.required} dir="auto"
        {...ariaFor(form, name, props.hint)}
      >{value(form, name)}</textarea>
    </FieldFrame>
  );
}

/** A labelled select; `blank` adds a first "none" choice. */
export function SelectField(props: { form: FormView; name: string; label: string; options: OptionView[]; blank?: string; hint?: string; class?: string }) {
  const { form, name } = props;
  const current = value(form, name);
  return (
    <FieldFrame form={form} name={name} label={props.label} hint={props.hint} class={props.class}>
      <select id={id(name)} name={name} {...ariaFor(form, name, props.hint)}>
        {props.blank !== undefined ? <option value="">{props.blank}</option> : null}
        {props.options.map((o) => <option value={o.value} selected={o.value === current} lang={o.lang}>{o.label}</option>)}
      </select>
    </FieldFrame>
  );
}

/** A fieldset of checkboxes sharing one name. */
export function CheckboxGroup(props: { form: FormView; name: string; legend: string; options: OptionView[] }) {
  const { form, name } = props;
  const t = useT();
  const raw = form.values[name];
  const chosen = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
  return (
    <fieldset class="field checkboxes" id={id(name)} aria-describedby={form.errors[name] ? `${id(name)}-error` : undefined}>
      <legend>{props.legend}</legend>
      <FieldError form={form} name={name} />
      {props.options.length === 0 ? <p class="hint">{t('admin.fields.noneYet')}</p> : null}
      {props.options.map((o) => (
        <label class="checkbox"><input type="checkbox" name={name} value={o.value} checked={chosen.has(o.value)} /> {o.label}</label>
      ))}
    </fieldset>
  );
}
