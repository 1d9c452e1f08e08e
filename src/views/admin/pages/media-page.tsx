import type { MediaLibraryView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { CsrfField, ErrorSummary, TextField } from '../components/fields.js';
import { translateIn } from '../../locale-context.js';

/** Upload images and set their alt text. */
export function MediaPage(props: { view: MediaLibraryView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  const m = (key: string, values?: Record<string, string>) => t(`admin.media.${key}`, values);
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{m('heading')}</h1>
      <section class="panel" aria-labelledby="upload-heading">
        <h2 id="upload-heading">{m('upload')}</h2>
        <ErrorSummary form={view.form} />
        <form method="post" action="/admin/media" enctype="multipart/form-data" novalidate>
          <CsrfField token={view.chrome.csrfToken} />
          <div class="field">
            <label for="field-file">{m('file')}</label>
            <p class="hint" id="field-file-hint">{m('fileHint')}</p>
            {view.form.errors['file'] ? <p class="field-error" id="field-file-error"><span class="visually-hidden">{m('error')} </span>{view.form.errors['file']}</p> : null}
            <input type="file" id="field-file" name="file" accept="image/*" aria-invalid={view.form.errors['file'] ? 'true' : undefined} aria-describedby={view.form.errors['file'] ? 'field-file-hint field-file-error' : 'field-file-hint'} />
          </div>
          <TextField form={view.form} name="alt" label={m('alt')} hint={m('altHint')} />
          <div class="actions"><button type="submit" class="primary">{m('submit')}</button></div>
        </form>
      </section>
      <h2>{m('library')}</h2>
      {view.items.length === 0 ? <p class="hint">{m('empty')}</p> : (
        <ul class="media-grid">
          {view.items.map((item) => (
            <li class="panel">
              <img src={item.src} alt={item.alt} loading="lazy" />
              <p>{item.filename} <span class="hint">{item.size}</span></p>
              {item.altAction ? (
                <form method="post" action={item.altAction} class="inline-form">
                  <CsrfField token={view.chrome.csrfToken} />
                  <label for={`alt-${item.id}`} class="visually-hidden">{m('altFor', { file: item.filename })}</label>
                  <input type="text" id={`alt-${item.id}`} name="alt" value={item.alt} placeholder={m('alt')} />
                  <button type="submit">{m('saveAlt')}</button>
                </form>
              ) : <p class="hint">{m('altShown', { alt: item.alt || m('none') })}</p>}
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}
