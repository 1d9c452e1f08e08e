import type { OptionView, SearchPageView } from '../../presenters/view-models.js';

function Select(props: { id: string; name: string; label: string; options: OptionView[] }) {
  return (
    <div class="search-field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name}>
        {props.options.map((o) => (
          <option value={o.value} selected={o.selected}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** The search page's form: query, then section, author, tag and date filters. */
export function SearchForm(props: { form: SearchPageView['form'] }) {
  const { form } = props;
  return (
    <form class="search-form" role="search" action="/search" method="get" aria-label="Search articles">
      <div class="search-query">
        <label for="search-q">Search for</label>
        <input id="search-q" type="search" name="q" value={form.q} maxlength={512} aria-describedby="search-help" />
        <button type="submit">Search</button>
      </div>
      <p id="search-help" class="search-help">Use "quotes" for an exact phrase and an asterisk for the start of a word (reserv*).</p>
      <fieldset class="search-filters">
        <legend>Filters</legend>
        <Select id="search-section" name="section" label="Section" options={form.sections} />
        <Select id="search-author" name="author" label="Author" options={form.authors} />
        <Select id="search-tag" name="tag" label="Tag" options={form.tags} />
        <div class="search-field">
          <label for="search-from">Published from</label>
          <input id="search-from" type="date" name="from" value={form.from} />
        </div>
        <div class="search-field">
          <label for="search-to">Published until</label>
          <input id="search-to" type="date" name="to" value={form.to} />
        </div>
      </fieldset>
    </form>
  );
}
