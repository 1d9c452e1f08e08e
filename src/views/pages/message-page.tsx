import type { MessagePageView } from '../../presenters/view-models.js';
import { BaseLayout } from '../layouts/base-layout.js';
import { translateIn } from '../locale-context.js';

/** Not found and error pages. */
export function MessagePage(props: { view: MessagePageView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  return (
    <BaseLayout chrome={view.chrome} head={view.head}>
      <div class="message">
        <h1>{view.title}</h1>
        <p>{view.message}</p>
        <p><a href="/">{t('nav.goHome')}</a></p>
      </div>
    </BaseLayout>
  );
}
