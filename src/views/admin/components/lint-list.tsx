import type { DiagnosticView } from '../../../presenters/admin/admin-view-models.js';
import { useT } from '../../locale-context.js';

/** Citation lint beside the text; with the script, choosing one moves the cursor there. */
export function LintPanel(props: { diagnostics: DiagnosticView[] }) {
  const { diagnostics } = props;
  const t = useT();
  return (
    <section class="panel" aria-labelledby="lint-heading">
      <h2 id="lint-heading">{t('admin.editor.lint.heading')}</h2>
      <p id="lint-count" aria-live="polite">
        {diagnostics.length === 0 ? t('admin.editor.lint.none') : t('admin.editor.lint.findings', { count: diagnostics.length })}
      </p>
      <ul id="lint-list" class="lint-list">
        {diagnostics.map((d) => (
          <li>
            <button type="button" class={`lint-${d.severity}`} data-line={String(d.line)} data-column={String(d.column)}>
              {d.line}:{d.column} <span class="severity">{t(`admin.editor.lint.${d.severity}`)}</span>: {d.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
