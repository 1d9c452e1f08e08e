import type { SourcesPageView } from '../../presenters/sources-presenter.js';
import { DateTime } from '../components/date-time.js';
import { BaseLayout } from '../layouts/base-layout.js';

/** Sources: every cited link once, whether it answered at its last check, and who cites it. */
export function SourcesPage(props: { view: SourcesPageView }) {
  const { view } = props;
  return (
    <BaseLayout chrome={view.chrome} head={view.head}>
      <header class="page-header">
        <h1>Sources</h1>
        <p>Every web source our published articles link to, once, with what its last check found.</p>
      </header>
      {view.sources.length === 0 ? <p>No checked sources yet.</p> : (
        <ul class="sources-list">
          {view.sources.map((s) => (
            <li class="source">
              <a href={s.url} class="source-url" rel="nofollow">{s.url}</a>
              <span class="source-status"> — {s.status}{s.checked ? <>, checked <DateTime date={s.checked} /></> : null}</span>
              {s.archive ? <> · <a href={s.archive} rel="nofollow">archived copy</a></> : null}
              <span class="source-articles"> · cited in {s.articles.map((a, i) => <>{i > 0 ? ', ' : null}<a href={a.href}>{a.label}</a></>)}</span>
            </li>
          ))}
        </ul>
      )}
      {view.next ? <p><a href={view.next} rel="next">More sources</a></p> : null}
    </BaseLayout>
  );
}
