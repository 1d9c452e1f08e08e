import type { PreviewView } from '../../../presenters/admin/admin-view-models.js';
import { NotesList } from '../../components/notes-list.js';

/** The article body and notes exactly as the public page shows them. */
export function PreviewFragment(props: { preview: PreviewView }) {
  const { preview } = props;
  return (
    <>
      <div class="article-body" dangerouslySetInnerHTML={{ __html: preview.bodyHtml }} />
      <NotesList notes={preview.notes} idPrefix={preview.idPrefix} />
    </>
  );
}
