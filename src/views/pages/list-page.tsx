import type { ListPageView } from '../../presenters/view-models.js';
import { Breadcrumbs } from '../components/breadcrumbs.js';
import { CardList } from '../components/card-list.js';
import { LinkList } from '../components/link-list.js';
import { Pagination } from '../components/pagination.js';
import { BaseLayout } from '../layouts/base-layout.js';
import { Picture } from '../components/picture.js';
import { translateIn } from '../locale-context.js';
import { themedPage } from '../themes/themed.js';

/** Home, section, tag and author pages: a heading, an intro, and a paginated list. */
function DefaultListPage(props: { view: ListPageView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  return (
    <BaseLayout chrome={view.chrome} head={view.head} lang={view.language} wide>
      <Breadcrumbs crumbs={view.breadcrumbs} />
      <header class="page-header">
        {view.image ? <Picture picture={view.image} class="page-avatar" /> : null}
        <h1>{view.heading}</h1>
        {view.intro ? <p class="page-intro">{view.intro}</p> : null}
        <LinkList links={view.subsections} label={t('nav.subsections')} class="subsections" />
      </header>
      {view.cards.length > 0 ? <CardList cards={view.cards} level={2} lead={view.lead} /> : <p class="empty">{view.emptyMessage}</p>}
      <Pagination pagination={view.pagination} />
      {view.blocks.map((block) => (
        <section class="home-block" aria-labelledby={`block-${block.heading.href.replace(/[^a-z0-9]+/g, '-')}`}>
          <h2 class="home-block-title" id={`block-${block.heading.href.replace(/[^a-z0-9]+/g, '-')}`}><a href={block.heading.href}>{block.heading.label}</a></h2>
          <CardList cards={block.cards} level={3} lazyAll />
        </section>
      ))}
    </BaseLayout>
  );
}

/** A list page, or the theme's `list-page` template. */
export const ListPage = themedPage('list-page', DefaultListPage);
