import type { ListPageView } from '../../presenters/view-models.js';
import { Breadcrumbs } from '../components/breadcrumbs.js';
import { CardList } from '../components/card-list.js';
import { LinkList } from '../components/link-list.js';
import { Pagination } from '../components/pagination.js';
import { BaseLayout } from '../layouts/base-layout.js';
import { Picture } from '../components/picture.js';

/** Home, section, tag and author pages: a heading, an intro, and a paginated list. */
export function ListPage(props: { view: ListPageView }) {
  const { view } = props;
  return (
    <BaseLayout chrome={view.chrome} head={view.head} lang={view.language}>
      <Breadcrumbs crumbs={view.breadcrumbs} />
      <header class="page-header">
        {view.image ? <Picture picture={view.image} class="page-avatar" /> : null}
        <h1>{view.heading}</h1>
        {view.intro ? <p class="page-intro">{view.intro}</p> : null}
        <LinkList links={view.subsections} label="Subsections" class="subsections" />
      </header>
      {view.cards.length > 0 ? <CardList cards={view.cards} level={2} /> : <p class="empty">{view.emptyMessage}</p>}
      <Pagination pagination={view.pagination} />
    </BaseLayout>
  );
}
