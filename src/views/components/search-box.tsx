/** The header's search form: a plain GET to /search, so it works without JavaScript. */
export function SearchBox() {
  return (
    <form class="search-box" role="search" action="/search" method="get">
      <label class="visually-hidden" for="site-search-q">Search articles</label>
      <input id="site-search-q" type="search" name="q" placeholder="Search" autocomplete="off" />
      <button type="submit">Search</button>
    </form>
  );
}
