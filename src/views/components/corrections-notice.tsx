import type { CorrectionNoticeView } from '../../presenters/view-models.js';

/** "Correction, 3 May 2026: …" lines under an article's title. */
export function CorrectionsNotice(props: { corrections: CorrectionNoticeView[]; idPrefix: string }) {
  if (props.corrections.length === 0) return null;
  const headingId = `${props.idPrefix}corrections-heading`;
  return (
    <aside class="corrections" aria-labelledby={headingId}>
      <h2 id={headingId} class="visually-hidden">Corrections and updates</h2>
      <ul>
        {props.corrections.map((c) => (
          <li><strong>{c.label}, <time datetime={c.date.iso}>{c.date.label}</time>:</strong> {c.text}</li>
        ))}
      </ul>
    </aside>
  );
}
