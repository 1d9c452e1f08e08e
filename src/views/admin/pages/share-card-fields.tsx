import type { FormView } from '../../../presenters/admin/admin-view-models.js';
import { TextArea, TextField } from '../components/fields.js';

/** The article's own share card (Open Graph, Twitter) in the editor's SEO fields: each empty field falls back. */
export function ShareCardFields(props: { form: FormView; t: (key: string) => string }) {
  const { form, t } = props;
  return (
    <fieldset class="field" id="field-share-card">
      <legend>{t('admin.editor.shareCard')}</legend>
      <p class="hint">{t('admin.editor.shareCardHint')}</p>
      <TextField form={form} name="ogTitle" label={t('admin.editor.ogTitle')} maxLength={300} />
      <TextArea form={form} name="ogDescription" label={t('admin.editor.ogDescription')} rows={2} />
      <TextField form={form} name="ogImage" label={t('admin.editor.ogImage')} inputmode="url" hint={t('admin.editor.shareImageHint')} />
      <TextField form={form} name="twitterTitle" label={t('admin.editor.twitterTitle')} maxLength={300} />
      <TextArea form={form} name="twitterDescription" label={t('admin.editor.twitterDescription')} rows={2} />
      <TextField form={form} name="twitterImage" label={t('admin.editor.twitterImage')} inputmode="url" hint={t('admin.editor.shareImageHint')} />
    </fieldset>
  );
}
