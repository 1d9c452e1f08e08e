import type { EditorView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { CheckboxGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField } from '../components/fields.js';
import { LintPanel } from '../components/lint-list.js';
import { PreviewFragment } from '../components/preview.js';
import { CorrectionsPanel } from './corrections-panel.js';
import { TranslationsPanel } from './translations-panel.js';

const ORDINALS = ['First', 'Second', 'Third', 'Fourth'];

/** The article editor: fields and Markdown on one side, lint and live preview on the other. */
export function EditorPage(props: { view: EditorView }) {
  const { view } = props;
  const { form } = view;
  const authorSlots = Math.max(3, ((form.values['authors'] as string[] | undefined) ?? []).length + 1);
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{view.heading}</h1>
      <p>Status: <span class="status">{view.status}</span>{view.links.map((l) => <> · <a href={l.href}>{l.label}</a></>)}</p>
      {view.conflict ? <div class="conflict" id="conflict" role="alert"><strong>Not saved.</strong> {view.conflict}</div> : null}
      <ErrorSummary form={form} />
      {view.warnings.length > 0 ? (
        <div class="notice" role="status"><ul>{view.warnings.map((w) => <li>{w}</li>)}</ul></div>
      ) : null}
      <div class="editor">
        <form id="editor" class="panel" method="post" action={view.action} novalidate data-autosave-url={view.id === null ? undefined : `/admin/articles/${view.id}/autosave`}>
          <CsrfField token={view.chrome.csrfToken} />
          {view.version !== null ? <input type="hidden" name="version" value={String(view.version)} /> : null}
          <TextField form={form} name="title" label="Title" required />
          <TextField form={form} name="slug" label="Slug" hint="The last part of the address. Left empty, it is made from the title." />
          <TextArea form={form} name="dek" label="Dek (subtitle)" rows={2} />
          <TextArea form={form} name="body" label="Text (Markdown)" rows={22} class="editor-body" hint="Cite a source with [^1] in the text and a line [^1]: … below it." />
          <div class="footnote-tools" data-needs-js hidden>
            <button type="button" id="insert-note">Insert note</button>
            <button type="button" id="renumber-notes">Renumber notes</button>
          </div>
          <p id="autosave-status" class="autosave-status" role="status" aria-live="polite"></p>
          <SelectField form={form} name="language" label="Language" options={view.languages} hint="Articles in another language than the site's live under its prefix (/fr/…) when prefixes are on." />
          <SelectField form={form} name="section" label="Section" options={view.sections} blank="— No section —" />
          <fieldset class="field" id="field-authors">
            <legend>Authors, in byline order</legend>
            {form.errors['authors'] ? <p class="field-error" id="field-authors-error">{form.errors['authors']}</p> : null}
            {Array.from({ length: authorSlots }, (_, i) => (
              <SelectField form={{ ...form, values: { [`author${i + 1}`]: ((form.values['authors'] as string[] | undefined) ?? [])[i] ?? '' }, errors: {} }} name={`author${i + 1}`} label={`${ORDINALS[i] ?? `Author ${i + 1}`} author`} options={view.authors} blank="— None —" />
            ))}
          </fieldset>
          <CheckboxGroup form={form} name="tags" legend="Tags" options={view.tags} />
          <SelectField form={form} name="featuredMediaId" label="Featured image" options={view.media} blank="— None —" hint="Upload images on the Media screen." />
          <TextField form={form} name="featuredAlt" label="Featured image alt text" hint="Describe the image for people who cannot see it. Left empty, the image's own alt text is used." />
          <TextField form={form} name="seoTitle" label="SEO title" hint="For search engines and shares; the title when empty." maxLength={300} />
          <TextArea form={form} name="seoDescription" label="SEO description" rows={2} hint="One or two sentences; the dek or excerpt when empty." />
          <TextField form={form} name="publishedAt" label={`Publication date and time (${view.chrome.timeZone})`} type="datetime-local" hint="Needed to schedule; publishing now uses the current time when empty." />
          <div class="actions">
            {view.buttons.map((b) => <button type="submit" name="action" value={b.action} class={b.primary ? 'primary' : undefined}>{b.label}</button>)}
          </div>
        </form>
        <div>
          <LintPanel diagnostics={view.diagnostics} />
          <section class="panel" aria-labelledby="preview-heading">
            <h2 id="preview-heading">Preview</h2>
            <div id="preview" class="preview"><PreviewFragment preview={view.preview} /></div>
          </section>
          <TranslationsPanel view={view} />
          <CorrectionsPanel view={view} />
        </div>
      </div>
    </AdminLayout>
  );
}
