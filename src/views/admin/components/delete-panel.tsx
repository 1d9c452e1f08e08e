import type { ComponentChildren } from 'preact';
import { useT } from '../../locale-context.js';
import { CsrfField } from './fields.js';

/**
 * A small "Delete…" disclosure: what deleting does, any choice it needs, and a box to tick
 * before the button works (a confirmation that needs no script; the server checks it too).
 */
export function DeletePanel(props: { id: string; name: string; action: string; csrfToken: string; effect: string; children?: ComponentChildren }) {
  const t = useT();
  const { id, name } = props;
  return (
    <details class="delete-panel">
      <summary>{t('admin.structure.delete.summary', { name })}</summary>
      <form method="post" action={props.action}>
        <CsrfField token={props.csrfToken} />
        <p class="hint" id={`delete-effect-${id}`}>{props.effect}</p>
        {props.children}
        <div class="field">
          <input type="checkbox" id={`delete-confirm-${id}`} name="confirm" value="yes" required aria-describedby={`delete-effect-${id}`} />{' '}
          <label for={`delete-confirm-${id}`}>{t('admin.structure.delete.confirm', { name })}</label>
        </div>
        <div class="actions"><button type="submit" class="danger">{t('admin.structure.delete.button', { name })}</button></div>
      </form>
    </details>
  );
}
