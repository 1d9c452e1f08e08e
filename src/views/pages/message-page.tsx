import type { MessagePageView } from '../../presenters/view-models.js';
import { BaseLayout } from '../layouts/base-layout.js';

/** Not found and error pages. */
export function MessagePage(props: { view: MessagePageView }) {
  const { view } = props;
  return (
    <BaseLayout chrome={view.chrome} head={view.head}>
      <div class="message">
        <h1>{view.title}</h1>
        <p>{view.message}</p>
        <p><a href="/">Go to the home page</a></p>
      </div>
    </BaseLayout>
  );
}
