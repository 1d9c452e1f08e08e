// The editor's "Add source" panel: shown by the admin script only (without it the writer
// types the note). Its controls have no names, so they never go with the article's form.

const FIELDS: Array<[string, string, string?]> = [
  ['title', 'Source title'],
  ['authors', 'Source authors', 'Family, Given; Family, Given — or an organisation’s name.'],
  ['container', 'Journal, site or book'],
  ['year', 'Year published'],
  ['volume', 'Volume'],
  ['issue', 'Issue'],
  ['pages', 'Pages'],
  ['url', 'Source URL'],
  ['doi', 'Source DOI'],
];

/** Paste an identifier, review the reference the server formats, correct it, insert it as a note. */
export function AddSourcePanel() {
  return (
    <section class="add-source panel" id="add-source" aria-labelledby="add-source-heading" hidden>
      <h2 id="add-source-heading">Add source</h2>
      <div class="field">
        <label for="source-identifier">DOI, ISBN, URL, PMID or arXiv id</label>
        <p class="hint" id="source-identifier-hint">For example 10.1000/xyz123, ISBN 978-0-306-40615-7, PMID: 31415926 or arXiv:2101.00001.</p>
        <div class="source-lookup">
          <input type="text" id="source-identifier" aria-describedby="source-identifier-hint" autocomplete="off" spellcheck={false} maxLength={2000} />
          <button type="button" id="source-lookup">Look up</button>
        </div>
      </div>
      <p id="source-message" class="source-message" role="alert"></p>
      <div id="source-review" hidden>
        <h3>Review</h3>
        <p class="hint">The note as the site’s citation style will show it. Correct any field; the note follows.</p>
        <blockquote id="source-preview" class="preview source-preview" aria-live="polite"></blockquote>
        <div class="source-fields">
          {FIELDS.map(([name, label, hint]) => (
            <div class="field">
              <label for={`source-${name}`}>{label}</label>
              {hint ? <p class="hint" id={`source-${name}-hint`}>{hint}</p> : null}
              <input type="text" id={`source-${name}`} data-source-field={name} aria-describedby={hint ? `source-${name}-hint` : undefined} autocomplete="off" maxLength={2000} />
            </div>
          ))}
        </div>
        <div class="actions">
          <button type="button" id="source-insert" class="primary">Insert</button>
          <button type="button" id="source-cancel">Cancel</button>
        </div>
      </div>
    </section>
  );
}
