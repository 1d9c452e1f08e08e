import type { NoteView } from '../../presenters/view-models.js';

type Archive = NonNullable<NoteView['deadLink']>['archive'];

/** After a note whose link is dead: its archived copy and date, or a plain "dead link". */
export function DeadLinkNotice(props: { archive: Archive }) {
  const { archive } = props;
  if (!archive) return <> <span class="note-dead-link">[dead link]</span></>;
  return (
    <>
      {' '}
      <span class="note-archive">
        (<a href={archive.href} class="note-archive-link">archived copy</a>
        {archive.date ? <>, <time datetime={archive.date.iso}>{archive.date.label}</time></> : null})
      </span>
    </>
  );
}
