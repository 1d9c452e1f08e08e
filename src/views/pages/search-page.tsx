import type { SearchPageView } from '../../presenters/view-models.js';
import { AuthorLinks } from '../components/byline.js';
import { DateTime } from '../components/date-time.js';
import { MarkedText } from '../components/marked-text.js';
import { Pagination } from '../components/pagination.js';
import { SearchForm } from '../components/search-form.js';
import { BaseLayout } from '../layouts/base-layout.js';
import { translateIn } from '../locale-context.js';

/** Search: the form, a line saying what was found, ranked results with marked matches. */
export function SearchPage(props: { view: SearchPageView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  return (
    <BaseLayout chrome={view.chrome} head={view.head}>
      <header class="page-header">
        <h1>{t('search.heading')}</h1>
      </header>
      <SearchForm form={view.form} />
      {view.summary ? <p class="search-summary" role="status">{view.summary}</p> : null}
      {view.results.length > 0 ? (
        <ol class="cards search-results">
          {view.results.map((result) => (
            <li>
              <article class="card">
                <h2 class="card-title" dir="auto"><a href={result.href}><MarkedText text={result.title} /></a></h2>
                <p class="card-meta">
                  {result.section ? <a href={result.section.href}>{result.section.label}</a> : null}
                  {result.section && result.published ? ' · ' : null}
                  {result.published ? <DateTime date={result.published} /> : null}
                </p>
                <p class="card-summary search-snippet" dir="auto"><MarkedText text={result.snippet} /></p>
                {result.authors.length > 0 ? <p class="card-byline">{t('article.by')} <AuthorLinks authors={result.authors} /></p> : null}
              </article>
            </li>
          ))}
        </ol>
      ) : null}
      <Pagination pagination={view.pagination} />
      {view.clientSearch ? <div id="search-results" data-index={view.clientSearch.index} /> : null}
      {view.clientSearch ? <script type="module" src={view.clientSearch.script} /> : null}
    </BaseLayout>
  );
}
