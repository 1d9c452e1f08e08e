import type { CorrectionNoticeView } from '../../presenters/view-models.js';
import { useT } from '../locale-context.js';
import { correctionsNoticeId } from '../../presenters/reading-aids-presenter.js';

/** "Correction, 3 May 2026: …" lines under an article's title. */
export function CorrectionsNotice(props: { corrections: CorrectionNoticeView[]; idPrefix: string }) {
  if (props.corrections.length === 0) return null;
  const headingId = `${props.idPrefix}corrections-heading`;
  const t = useT();
  return (
    <aside class="corrections" id={correctionsNoticeId(props.idPrefix)} aria-labelledby={headingId}>
      <h2 id={headingId} class="visually-hidden">{t('article.correctionsHeading')}</h2>
      <ul>
        {props.corrections.map((c) => (
          <li><strong>{c.label}, <time datetime={c.date.iso}>{c.date.label}</time>:</strong> <span dir="auto">{c.text}</span></li>
        ))}
      </ul>
    </aside>
  );
}
