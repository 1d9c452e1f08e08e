import type { EditorView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { CheckboxGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField } from '../components/fields.js';
import { LintPanel } from '../components/lint-list.js';
import { PreviewFragment } from '../components/preview.js';
import { AddSourcePanel } from '../components/add-source-panel.js';
import { CorrectionsPanel } from './corrections-panel.js';
import { translateIn } from '../../locale-context.js';
import { TranslationsPanel } from './translations-panel.js';
import { ScriptMessages } from '../components/script-messages.js';
import { ShareCardFields } from './share-card-fields.js';

/** The article editor: fields and Markdown on one side, lint and live preview on the other. */
export function EditorPage(props: { view: EditorView }) {
  const { view } = props;
  const { form } = view;
  const t = translateIn(view.chrome.locale);
  const authorSlots = Math.max(3, ((form.values['authors'] as string[] | undefined) ?? []).length + 1);
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{view.heading}</h1>
      <p>{t('admin.editor.status')} <span class="status">{view.status}</span>{view.links.map((l) => <> · <a href={l.href}>{l.label}</a></>)}</p>
      {view.conflict ? <div class="conflict" id="conflict" role="alert"><strong>{t('admin.editor.notSaved')}</strong> {view.conflict}</div> : null}
      <ErrorSummary form={form} />
      {view.warnings.length > 0 ? (
        <div class="notice" role="status"><ul>{view.warnings.map((w) => <li>{w}</li>)}</ul></div>
      ) : null}
      <div class="editor">
        <form id="editor" class="panel" method="post" action={view.action} novalidate data-autosave-url={view.id === null ? undefined : `/admin/articles/${view.id}/autosave`}>
          <CsrfField token={view.chrome.csrfToken} />
          {view.version !== null ? <input type="hidden" name="version" value={String(view.version)} /> : null}
          <TextField form={form} name="title" label={t('admin.editor.title')} required />
          <TextField form={form} name="slug" label={t('admin.editor.slug')} hint={t('admin.editor.slugHint')} />
          <TextArea form={form} name="dek" label={t('admin.editor.dek')} rows={2} />
          <TextArea form={form} name="body" label={t('admin.editor.body')} rows={22} class="editor-body" hint={t('admin.editor.bodyHint')} />
          <div class="footnote-tools" data-needs-js hidden>
            <button type="button" id="insert-note">{t('admin.editor.insertNote')}</button>
            <button type="button" id="renumber-notes">{t('admin.editor.renumberNotes')}</button>
            <button type="button" id="add-source-open" aria-controls="add-source" aria-expanded="false">{t('admin.editor.addSource')}</button>
          </div>
          <AddSourcePanel />
          <p id="autosave-status" class="autosave-status" role="status" aria-live="polite"></p>
          <SelectField form={form} name="language" label={t('admin.editor.language')} options={view.languages} hint={t('admin.editor.languageHint')} />
          <SelectField form={form} name="section" label={t('admin.editor.section')} options={view.sections} blank={t('admin.editor.noSection')} />
          <SelectField form={form} name="articleType" label={t('admin.editor.articleType')} options={view.articleTypes ?? []} blank={t('admin.editor.none')} hint={t('admin.editor.articleTypeHint')} />
          <fieldset class="field" id="field-authors">
            <legend>{t('admin.editor.authors')}</legend>
            {form.errors['authors'] ? <p class="field-error" id="field-authors-error">{form.errors['authors']}</p> : null}
            {Array.from({ length: authorSlots }, (_, i) => (
              <SelectField form={{ ...form, values: { [`author${i + 1}`]: ((form.values['authors'] as string[] | undefined) ?? [])[i] ?? '' }, errors: {} }} name={`author${i + 1}`} label={i < 4 ? t(`admin.editor.author${i + 1}`) : t('admin.editor.author', { n: i + 1 })} options={view.authors} blank={t('admin.editor.none')} />
            ))}
          </fieldset>
          <CheckboxGroup form={form} name="tags" legend={t('admin.editor.tags')} options={view.tags} />
          <SelectField form={form} name="featuredMediaId" label={t('admin.editor.featured')} options={view.media} blank={t('admin.editor.none')} hint={t('admin.editor.featuredHint')} />
          <TextField form={form} name="featuredAlt" label={t('admin.editor.featuredAlt')} hint={t('admin.editor.featuredAltHint')} />
          <TextField form={form} name="featuredCaption" label={t('admin.editor.featuredCaption')} hint={t('admin.editor.featuredCaptionHint')} maxLength={1000} />
          <TextField form={form} name="seoTitle" label={t('admin.editor.seoTitle')} hint={t('admin.editor.seoTitleHint')} maxLength={300} />
          <TextArea form={form} name="seoDescription" label={t('admin.editor.seoDescription')} rows={2} hint={t('admin.editor.seoDescriptionHint')} />
          <ShareCardFields form={form} t={(key) => t(key)} />
          <TextField form={form} name="publishedAt" label={t('admin.editor.publishedAt', { zone: view.chrome.timeZone })} type="datetime-local" hint={t('admin.editor.publishedAtHint')} />
          <div class="actions">
            {view.buttons.map((b) => <button type="submit" name="action" value={b.action} class={b.primary ? 'primary' : undefined}>{b.label}</button>)}
          </div>
        </form>
        <div>
          <LintPanel diagnostics={view.diagnostics} />
          <section class="panel" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t('admin.editor.preview')}</h2>
            <div id="preview" class="preview"><PreviewFragment preview={view.preview} /></div>
          </section>
          <TranslationsPanel view={view} />
          <CorrectionsPanel view={view} />
        </div>
      </div>
      <ScriptMessages locale={view.chrome.locale} />
    </AdminLayout>
  );
}
