import type { EditorView } from '../../../presenters/admin/admin-view-models.js';
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField } from '../components/fields.js';
import { translateIn } from '../../locale-context.js';

/** Corrections and updates shown to readers, and the form to append one. */
export function CorrectionsPanel(props: { view: EditorView }) {
  const { view } = props;
  if (view.id === null) return null;
  const t = translateIn(view.chrome.locale);
  const c = (key: string) => t(`admin.editor.corrections.${key}`);
  return (
    <section class="panel" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{c('heading')}</h2>
      {view.corrections.length === 0 ? <p class="hint">{c('none')}</p> : (
        <ul>{view.corrections.map((c) => <li><strong>{c.label}, <time datetime={c.date.iso}>{c.date.label}</time>:</strong> {c.text}</li>)}</ul>
      )}
      {view.correctionForm ? (
        <form method="post" action={view.correctionAction} novalidate>
          <ErrorSummary form={{ ...view.correctionForm, summary: view.correctionForm.summary }} />
          <CsrfField token={view.chrome.csrfToken} />
          <SelectField form={view.correctionForm} name="kind" label={c('kind')} options={[{ value: 'correction', label: c('correction') }, { value: 'update', label: c('update') }]} />
          <TextField form={view.correctionForm} name="date" label={c('date')} type="date" hint={c('dateHint')} />
          <TextArea form={view.correctionForm} name="text" label={c('text')} rows={3} hint={c('textHint')} />
          <div class="actions"><button type="submit">{c('submit')}</button></div>
        </form>
      ) : null}
    </section>
  );
}
