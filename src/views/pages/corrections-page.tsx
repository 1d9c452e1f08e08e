import type { CorrectionsPageView } from '../../presenters/corrections-presenter.js';
import { DateTime } from '../components/date-time.js';
import { BaseLayout } from '../layouts/base-layout.js';

/** Corrections: every correction and update to a published article, newest first. */
export function CorrectionsPage(props: { view: CorrectionsPageView }) {
  const { view } = props;
  return (
    <BaseLayout chrome={view.chrome} head={view.head}>
      <header class="page-header">
        <h1>Corrections</h1>
        <p>Every correction and update to our published articles, newest first.</p>
        {view.policy ? <p class="corrections-policy">How we correct errors: <a href={view.policy}>our corrections policy</a>.</p> : null}
      </header>
      {view.corrections.length === 0 ? <p>No corrections yet.</p> : (
        <ul class="corrections-log">
          {view.corrections.map((c) => (
            <li class="correction-entry">
              <strong>{c.label}, <DateTime date={c.date} /></strong> to <a href={c.article.href}>{c.article.label}</a>: {c.text}
            </li>
          ))}
        </ul>
      )}
      {view.next ? <p><a href={view.next} rel="next">Older corrections</a></p> : null}
    </BaseLayout>
  );
}
