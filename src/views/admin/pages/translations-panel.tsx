import type { EditorView } from '../../../presenters/admin/admin-view-models.js';
import { CsrfField } from '../components/fields.js';

/** The article's translations: each linked one, a form to link another by slug, and a button to unlink this one. */
export function TranslationsPanel(props: { view: EditorView }) {
  const { view } = props;
  const box = view.translations;
  if (!box) return null;
  return (
    <section class="panel" aria-labelledby="translations-heading">
      <h2 id="translations-heading">Translations</h2>
      {box.items.length === 0 ? <p class="hint">Not linked to any translation.</p> : (
        <ul class="translations">
          {box.items.map((t) => <li><strong>{t.language}:</strong> <a href={t.href}>{t.title}</a> ({t.status})</li>)}
        </ul>
      )}
      <form method="post" action={box.linkAction} novalidate>
        <CsrfField token={view.chrome.csrfToken} />
        <div class="field">
          <label for="field-translation">Link an article as a translation</label>
          <input type="text" id="field-translation" name="translation" aria-describedby="field-translation-hint" />
          <p class="hint" id="field-translation-hint">Its slug; it joins this article's group (one article per language).</p>
        </div>
        <div class="actions"><button type="submit">Link translation</button></div>
      </form>
      {box.items.length > 0 ? (
        <form method="post" action={box.unlinkAction}>
          <CsrfField token={view.chrome.csrfToken} />
          <div class="actions"><button type="submit">Unlink this article from its translations</button></div>
        </form>
      ) : null}
    </section>
  );
}
