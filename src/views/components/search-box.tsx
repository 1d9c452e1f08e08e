import { useT } from '../locale-context.js';

/** The header's search form: a plain GET to /search, so it works without JavaScript. */
export function SearchBox() {
  const t = useT();
  return (
    <form class="search-box" role="search" action="/search" method="get">
      <label class="visually-hidden" for="site-search-q">{t('search.label')}</label>
      <input id="site-search-q" type="search" name="q" placeholder={t('search.placeholder')} autocomplete="off" />
      <button type="submit">{t('search.submit')}</button>
    </form>
  );
}
