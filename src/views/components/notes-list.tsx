import type { LinkView, NoteView } from '../../presenters/view-models.js';
import { DeadLinkNotice } from './dead-link-notice.js';
import { backArrow } from '../../presenters/article-presenter.js';
import { useLocale } from '../locale-context.js';
import { useT } from '../locale-context.js';

/** The numbered notes of an article, each with back-links to the places that cite it. */
export function NotesList(props: { notes: NoteView[]; idPrefix: string; summary?: string | null; downloads?: LinkView[] }) {
  if (props.notes.length === 0) return null;
  const headingId = `${props.idPrefix}notes-heading`;
  const t = useT();
  const arrow = backArrow(useLocale());
  return (
    <section class="notes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('notes.heading')}</h2>
      {props.summary ? <p class="notes-summary">{props.summary}</p> : null}
      {props.downloads?.length ? (
        <p class="notes-downloads">{t('notes.downloads')} {props.downloads.map((d, i) => <>{i > 0 ? ' · ' : null}<a href={d.href} download>{d.label}</a></>)}</p>
      ) : null}
      <ol class="notes-list">
        {props.notes.map((note) => (
          <li id={note.id} value={note.number}>
            <span class="note-text" dangerouslySetInnerHTML={{ __html: note.html }} />
            {note.deadLink ? <DeadLinkNotice archive={note.deadLink.archive} /> : null}{' '}
            <span class="note-backlinks">
              {note.backlinks.length > 1 ? <span aria-hidden="true">{arrow} </span> : null}
              {/* Each letter isolated: Latin a, b inside Arabic text still run in the page's direction. */}
              {note.backlinks.map((link, index) => (
                <>
                  {index > 0 ? ' ' : null}
                  <a href={link.href} class="note-backlink" aria-label={link.label}><bdi>{link.text}</bdi></a>
                </>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
