import type { OptionView, TranslationFormView } from '../../../presenters/admin/admin-view-models.js';
import { useT } from '../../locale-context.js';
import { CsrfField, ErrorSummary } from './fields.js';

/** Which fields a kind translates: sections and tags their name, slug (and a section its description), authors their bio. */
export type TranslatedFieldName = 'name' | 'slug' | 'description' | 'bio';

/**
 * An item's fields in each of the site's other languages, in its own form; nothing when the
 * site has one language. Blank fields show the default language's.
 */
export function TranslationFields(props: {
  kind: string; id: number; itemName: string; languages: OptionView[]; fields: readonly TranslatedFieldName[];
  translation: TranslationFormView; csrfToken: string;
}) {
  const t = useT();
  const { translation, languages } = props;
  if (languages.length === 0) return null;
  // The failed form's controls carry the ids its error summary links to.
  // Ids hold letters, digits and dashes only: `slug@fr` becomes `slug-fr`.
  const idOf = (name: string) => (translation.failed ? `field-${name.replace('@', '-')}` : `tr-${props.kind}-${props.id}-${name.replace('@', '-')}`);
  const labels: Record<TranslatedFieldName, string> = {
    name: t('admin.translations.name'), slug: t('admin.translations.slug'), description: t('admin.translations.description'), bio: t('admin.translations.bio'),
  };
  return (
    <details class="translations" open={translation.failed !== null}>
      <summary>{t('admin.translations.summary', { item: props.itemName })}</summary>
      {translation.failed ? <ErrorSummary form={{ ...translation.failed, errors: Object.fromEntries(Object.entries(translation.failed.errors).map(([k, v]) => [k.replace('@', '-'), v])) }} /> : null}
      <form method="post" action={translation.action} novalidate>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="translationOf" value={`${props.kind}:${props.id}`} />
        <p class="hint">{t('admin.translations.hint')}</p>
        {languages.map((language) => (
          <fieldset lang={language.value}>
            <legend>{language.label}</legend>
            {props.fields.map((field) => {
              const name = `${field}@${language.value}`;
              const error = translation.failed?.errors[name];
              const value = translation.values[name] ?? '';
              return (
                <div class="field">
                  <label for={idOf(name)}>{labels[field]} ({language.label})</label>
                  {error ? <p class="field-error" id={`${idOf(name)}-error`}>{error}</p> : null}
                  {field === 'description' || field === 'bio'
                    ? <textarea id={idOf(name)} name={name} rows={field === 'bio' ? 3 : 2} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${idOf(name)}-error` : undefined}>{value}</textarea>
                    : <input type="text" id={idOf(name)} name={name} value={value} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${idOf(name)}-error` : undefined} />}
                </div>
              );
            })}
          </fieldset>
        ))}
        <div class="actions"><button type="submit">{t('admin.translations.save', { item: props.itemName })}</button></div>
      </form>
    </details>
  );
}
