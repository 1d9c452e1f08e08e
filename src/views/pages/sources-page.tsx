import type { SourcesPageView } from '../../presenters/sources-presenter.js';
import { DateTime } from '../components/date-time.js';
import { BaseLayout } from '../layouts/base-layout.js';
import { translateIn } from '../locale-context.js';

/** Sources: every cited link once, whether it answered at its last check, and who cites it. */
export function SourcesPage(props: { view: SourcesPageView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  return (
    <BaseLayout chrome={view.chrome} head={view.head}>
      <header class="page-header">
        <h1>{t('sources.heading')}</h1>
        <p>{t('sources.intro')}</p>
      </header>
      {view.sources.length === 0 ? <p>{t('sources.none')}</p> : (
        <ul class="sources-list">
          {view.sources.map((s) => (
            <li class="source">
              <a href={s.url} class="source-url" rel="nofollow" dir="ltr">{s.url}</a>
              <span class="source-status"> — {s.status}{s.checked ? <>{t('notes.listComma')}{t('sources.checked')} <DateTime date={s.checked} /></> : null}</span>
              {s.archive ? <> · <a href={s.archive} rel="nofollow">{t('sources.archivedCopy')}</a></> : null}
              <span class="source-articles"> · {t('sources.citedIn')} {s.articles.map((a, i) => <>{i > 0 ? t('notes.listComma') : null}<a href={a.href}><bdi>{a.label}</bdi></a></>)}</span>
            </li>
          ))}
        </ul>
      )}
      {view.next ? <p><a href={view.next} rel="next">{t('sources.more')}</a></p> : null}
    </BaseLayout>
  );
}
