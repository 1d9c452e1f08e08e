import type { EditorView } from '../../../presenters/admin/admin-view-models.js';
import { CsrfField } from '../components/fields.js';
import { translateIn } from '../../locale-context.js';

/** The article's translations: each linked one, a form to link another by slug, and a button to unlink this one. */
export function TranslationsPanel(props: { view: EditorView }) {
  const { view } = props;
  const box = view.translations;
  if (!box) return null;
  const t = translateIn(view.chrome.locale);
  const tr = (key: string) => t(`admin.editor.translations.${key}`);
  return (
    <section class="panel" aria-labelledby="translations-heading">
      <h2 id="translations-heading">{tr('heading')}</h2>
      {box.items.length === 0 ? <p class="hint">{tr('none')}</p> : (
        <ul class="translations">
          {box.items.map((item) => <li><strong>{item.language}:</strong> <a href={item.href}>{item.title}</a> ({item.status})</li>)}
        </ul>
      )}
      <form method="post" action={box.linkAction} novalidate>
        <CsrfField token={view.chrome.csrfToken} />
        <div class="field">
          <label for="field-translation">{tr('link')}</label>
          <input type="text" id="field-translation" name="translation" aria-describedby="field-translation-hint" />
          <p class="hint" id="field-translation-hint">{tr('linkHint')}</p>
        </div>
        <div class="actions"><button type="submit">{tr('submit')}</button></div>
      </form>
      {box.items.length > 0 ? (
        <form method="post" action={box.unlinkAction}>
          <CsrfField token={view.chrome.csrfToken} />
          <div class="actions"><button type="submit">{tr('unlink')}</button></div>
        </form>
      ) : null}
    </section>
  );
}
