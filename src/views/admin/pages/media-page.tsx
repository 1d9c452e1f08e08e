import type { MediaLibraryView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { CsrfField, ErrorSummary, TextField } from '../components/fields.js';

/** Upload images and set their alt text. */
export function MediaPage(props: { view: MediaLibraryView }) {
  const { view } = props;
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>Media</h1>
      <section class="panel" aria-labelledby="upload-heading">
        <h2 id="upload-heading">Upload an image</h2>
        <ErrorSummary form={view.form} />
        <form method="post" action="/admin/media" enctype="multipart/form-data" novalidate>
          <CsrfField token={view.chrome.csrfToken} />
          <div class="field">
            <label for="field-file">Image file</label>
            <p class="hint" id="field-file-hint">JPEG, PNG, WebP, GIF or AVIF, up to 20 MB. Responsive sizes, WebP and AVIF are made for you.</p>
            {view.form.errors['file'] ? <p class="field-error" id="field-file-error"><span class="visually-hidden">Error: </span>{view.form.errors['file']}</p> : null}
            <input type="file" id="field-file" name="file" accept="image/*" aria-invalid={view.form.errors['file'] ? 'true' : undefined} aria-describedby={view.form.errors['file'] ? 'field-file-hint field-file-error' : 'field-file-hint'} />
          </div>
          <TextField form={view.form} name="alt" label="Alt text" hint="What the image shows, for readers who cannot see it." />
          <div class="actions"><button type="submit" class="primary">Upload</button></div>
        </form>
      </section>
      <h2>Library</h2>
      {view.items.length === 0 ? <p class="hint">No images yet.</p> : (
        <ul class="media-grid">
          {view.items.map((item) => (
            <li class="panel">
              <img src={item.src} alt={item.alt} loading="lazy" />
              <p>{item.filename} <span class="hint">{item.size}</span></p>
              {item.altAction ? (
                <form method="post" action={item.altAction} class="inline-form">
                  <CsrfField token={view.chrome.csrfToken} />
                  <label for={`alt-${item.id}`} class="visually-hidden">Alt text for {item.filename}</label>
                  <input type="text" id={`alt-${item.id}`} name="alt" value={item.alt} placeholder="Alt text" />
                  <button type="submit">Save alt text</button>
                </form>
              ) : <p class="hint">Alt text: {item.alt || '(none)'}</p>}
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}
