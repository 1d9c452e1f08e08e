import type { OptionView, SearchPageView } from '../../presenters/view-models.js';
import { useT } from '../locale-context.js';

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
  const t = useT();
  return (
    <form class="search-form" role="search" action="/search" method="get" aria-label={t('search.label')}>
      <div class="search-query">
        <label for="search-q">{t('search.searchFor')}</label>
        <input id="search-q" dir="auto" type="search" name="q" value={form.q} maxlength={512} aria-describedby="search-help" />
        <button type="submit">{t('search.submit')}</button>
      </div>
      <p id="search-help" class="search-help">{t('search.help')}</p>
      <fieldset class="search-filters">
        <legend>{t('search.filters')}</legend>
        <Select id="search-section" name="section" label={t('search.section')} options={form.sections} />
        <Select id="search-author" name="author" label={t('search.author')} options={form.authors} />
        <Select id="search-tag" name="tag" label={t('search.tag')} options={form.tags} />
        <div class="search-field">
          <label for="search-from">{t('search.from')}</label>
          <input id="search-from" type="date" name="from" value={form.from} />
        </div>
        <div class="search-field">
          <label for="search-to">{t('search.until')}</label>
          <input id="search-to" type="date" name="to" value={form.to} />
        </div>
      </fieldset>
    </form>
  );
}
