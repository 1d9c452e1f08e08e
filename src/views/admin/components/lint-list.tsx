import type { DiagnosticView } from '../../../presenters/admin/admin-view-models.js';

/** Citation lint beside the text; with the script, choosing one moves the cursor there. */
export function LintPanel(props: { diagnostics: DiagnosticView[] }) {
  const { diagnostics } = props;
  return (
    <section class="panel" aria-labelledby="lint-heading">
      <h2 id="lint-heading">Citation check</h2>
      <p id="lint-count" aria-live="polite">
        {diagnostics.length === 0 ? 'No problems found in the notes.' : `${diagnostics.length} finding${diagnostics.length === 1 ? '' : 's'}:`}
      </p>
      <ul id="lint-list" class="lint-list">
        {diagnostics.map((d) => (
          <li>
            <button type="button" class={`lint-${d.severity}`} data-line={String(d.line)} data-column={String(d.column)}>
              {d.line}:{d.column} <span class="severity">{d.severity}</span>: {d.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
