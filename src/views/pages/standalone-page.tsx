import type { StandalonePageView } from '../../presenters/view-models.js';
import { BaseLayout } from '../layouts/base-layout.js';

/** A standalone page such as About or Contact. */
export function StandalonePage(props: { view: StandalonePageView }) {
  const { view } = props;
  return (
    <BaseLayout chrome={view.chrome} head={view.head}>
      <article class="article page">
        <header class="article-header">
          <h1>{view.title}</h1>
        </header>
        <div class="article-body" dangerouslySetInnerHTML={{ __html: view.bodyHtml }} />
      </article>
    </BaseLayout>
  );
}
