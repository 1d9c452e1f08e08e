import type { EditorView } from '../../../presenters/admin/admin-view-models.js';
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField } from '../components/fields.js';

/** Corrections and updates shown to readers, and the form to append one. */
export function CorrectionsPanel(props: { view: EditorView }) {
  const { view } = props;
  if (view.id === null) return null;
  return (
    <section class="panel" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections and updates</h2>
      {view.corrections.length === 0 ? <p class="hint">None yet.</p> : (
        <ul>{view.corrections.map((c) => <li><strong>{c.label}, <time datetime={c.date.iso}>{c.date.label}</time>:</strong> {c.text}</li>)}</ul>
      )}
      {view.correctionForm ? (
        <form method="post" action={view.correctionAction} novalidate>
          <ErrorSummary form={{ ...view.correctionForm, summary: view.correctionForm.summary }} />
          <CsrfField token={view.chrome.csrfToken} />
          <SelectField form={view.correctionForm} name="kind" label="Kind" options={[{ value: 'correction', label: 'Correction' }, { value: 'update', label: 'Update' }]} />
          <TextField form={view.correctionForm} name="date" label="Date" type="date" hint="Today when empty." />
          <TextArea form={view.correctionForm} name="text" label="What changed" rows={3} hint="Shown on the article: “Correction, 3 May 2026: …”." />
          <div class="actions"><button type="submit">Append to the article</button></div>
        </form>
      ) : null}
    </section>
  );
}
