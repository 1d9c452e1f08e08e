import type { CorrectionsPageView } from '../../presenters/corrections-presenter.js';
import { DateTime } from '../components/date-time.js';
import { BaseLayout } from '../layouts/base-layout.js';
import { translateIn } from '../locale-context.js';

/** Corrections: every correction and update to a published article, newest first. */
export function CorrectionsPage(props: { view: CorrectionsPageView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  return (
    <BaseLayout chrome={view.chrome} head={view.head}>
      <header class="page-header">
        <h1>{t('corrections.heading')}</h1>
        <p>{t('corrections.intro')}</p>
        {view.policy ? <p class="corrections-policy">{t('corrections.policyLead')} <a href={view.policy}>{t('corrections.policyLink')}</a>.</p> : null}
      </header>
      {view.corrections.length === 0 ? <p>{t('corrections.none')}</p> : (
        <ul class="corrections-log">
          {view.corrections.map((c) => (
            <li class="correction-entry">
              <strong>{c.label}, <DateTime date={c.date} /></strong> {t('corrections.to')} <a href={c.article.href}><bdi>{c.article.label}</bdi></a>: <span dir="auto">{c.text}</span>
            </li>
          ))}
        </ul>
      )}
      {view.next ? <p><a href={view.next} rel="next">{t('corrections.older')}</a></p> : null}
    </BaseLayout>
  );
}
