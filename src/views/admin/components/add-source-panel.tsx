// The editor's "Add source" panel: shown by the admin script only (without it the writer
// types the note). Its controls have no names, so they never go with the article's form.

import { useT } from '../../locale-context.js';

// Each field's label is admin.editor.source.<name>; the authors field has a hint too.
const FIELDS = ['title', 'authors', 'container', 'year', 'volume', 'issue', 'pages', 'url', 'doi'] as const;
const HINTED = new Set<string>(['authors']);

/** Paste an identifier, review the reference the server formats, correct it, insert it as a note. */
export function AddSourcePanel() {
  const t = useT();
  const s = (key: string) => t(`admin.editor.source.${key}`);
  return (
    <section class="add-source panel" id="add-source" aria-labelledby="add-source-heading" hidden>
      <h2 id="add-source-heading">{s('heading')}</h2>
      <div class="field">
        <label for="source-identifier">{s('identifier')}</label>
        <p class="hint" id="source-identifier-hint">{s('identifierHint')}</p>
        <div class="source-lookup">
          <input type="text" id="source-identifier" aria-describedby="source-identifier-hint" autocomplete="off" spellcheck={false} maxLength={2000} />
          <button type="button" id="source-lookup">{s('lookUp')}</button>
        </div>
      </div>
      <p id="source-message" class="source-message" role="alert"></p>
      <div id="source-review" hidden>
        <h3>{s('review')}</h3>
        <p class="hint">{s('reviewHint')}</p>
        <blockquote id="source-preview" class="preview source-preview" aria-live="polite"></blockquote>
        <div class="source-fields">
          {FIELDS.map((name) => {
            const hint = HINTED.has(name) ? s(`${name}Hint`) : null;
            return (
            <div class="field">
              <label for={`source-${name}`}>{s(name)}</label>
              {hint ? <p class="hint" id={`source-${name}-hint`}>{hint}</p> : null}
              <input type="text" id={`source-${name}`} data-source-field={name} aria-describedby={hint ? `source-${name}-hint` : undefined} autocomplete="off" maxLength={2000} />
            </div>
            );
          })}
        </div>
        <div class="actions">
          <button type="button" id="source-insert" class="primary">{s('insert')}</button>
          <button type="button" id="source-cancel">{s('cancel')}</button>
        </div>
      </div>
    </section>
  );
}
