import type { NoteView } from '../../presenters/view-models.js';
import { useT } from '../locale-context.js';

type Archive = NonNullable<NoteView['deadLink']>['archive'];

/** After a note whose link is dead: its archived copy and date, or a plain "dead link". */
export function DeadLinkNotice(props: { archive: Archive }) {
  const { archive } = props;
  const t = useT();
  if (!archive) return <> <span class="note-dead-link">{t('notes.deadLink')}</span></>;
  return (
    <>
      {' '}
      <span class="note-archive">
        (<a href={archive.href} class="note-archive-link">{t('notes.archivedCopy')}</a>
        {archive.date ? <>{t('notes.listComma')}<time datetime={archive.date.iso}>{archive.date.label}</time></> : null})
      </span>
    </>
  );
}
