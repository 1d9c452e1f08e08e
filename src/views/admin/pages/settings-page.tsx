import type { SettingsView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField } from '../components/fields.js';
import { ArchivingFields, TransparencyFields } from '../components/settings-extra-fields.js';
import { translateIn } from '../../locale-context.js';

/** Site settings. */
export function SettingsPage(props: { view: SettingsView }) {
  const { view } = props;
  const { form } = view;
  const t = translateIn(view.chrome.locale);
  const s = (key: string) => t(`admin.settings.${key}`);
  return (
    <AdminLayout chrome={view.chrome}>
      <h1>{s('heading')}</h1>
      <p><a href="/admin/settings/keys">{s('keysLink')}</a>{s('keysText')}</p>
      <p><a href="/admin/settings/webhooks">{s('webhooksLink')}</a>{s('webhooksText')}</p>
      <p><a href="/admin/settings/integrations">{s('integrationsLink')}</a>{s('integrationsText')}</p>
      <ErrorSummary form={form} />
      <form method="post" action="/admin/settings" class="panel" novalidate>
        <CsrfField token={view.chrome.csrfToken} />
        <h2>{s('site')}</h2>
        <TextField form={form} name="title" label={s('siteTitle')} required />
        <TextArea form={form} name="description" label={s('description')} rows={2} />
        <TextField form={form} name="language" label={s('language')} hint={s('languageHint')} />
        <SelectField form={form} name="digits" label={s('digits')} options={view.digits} hint={s('digitsHint')} />
        <div class="field checkbox">
          <input type="checkbox" id="field-persianCalendar" name="persianCalendar" value="on" checked={form.values['persianCalendar'] === 'on'} />
          <label for="field-persianCalendar">{s('persianCalendar')}</label>
        </div>
        <TextField form={form} name="languages" label={s('languages')} hint={s('languagesHint')} />
        <div class="field checkbox">
          <input type="checkbox" id="field-languagePrefixes" name="languagePrefixes" value="on" checked={form.values['languagePrefixes'] === 'on'} />
          <label for="field-languagePrefixes">{s('languagePrefixes')}</label>
        </div>
        <TextField form={form} name="timeZone" label={s('timeZone')} hint={s('timeZoneHint')} />
        <TextField form={form} name="postsPerPage" label={s('postsPerPage')} type="number" inputmode="numeric" />
        <SelectField form={form} name="permalinkPattern" label={s('permalink')} options={view.permalinks} hint={s('permalinkHint')} />
        <h2>{s('feeds')}</h2>
        <TextField form={form} name="websubHub" label={s('websubHub')} type="url" hint={s('websubHubHint')} />
        <h2>{s('citations')}</h2>
        <SelectField form={form} name="citationStyle" label={s('citationStyle')} options={view.styles} hint={s('citationStyleHint')} />
        <ArchivingFields form={form} secretSet={view.captureSecretSet} />
        <TransparencyFields form={form} />
        <h2>{s('comments')}</h2>
        <div class="field checkbox">
          <input type="checkbox" id="field-commentsEnabled" name="commentsEnabled" value="on" checked={form.values['commentsEnabled'] === 'on'} />
          <label for="field-commentsEnabled">{s('commentsEnabled')}</label>
        </div>
        <SelectField form={form} name="commentModeration" label={s('moderation')} options={view.moderation} />
        <TextField form={form} name="commentsCloseAfterDays" label={s('closeAfter')} type="number" inputmode="numeric" hint={s('closeAfterHint')} />
        <TextField form={form} name="commentThreadDepth" label={s('depth')} type="number" inputmode="numeric" hint={s('depthHint')} />
        <SelectField form={form} name="commentOrder" label={s('order')} options={view.orders} />
        <TextField form={form} name="commentsPerPage" label={s('perPage')} type="number" inputmode="numeric" />
        <TextField form={form} name="commentMaxLinks" label={s('maxLinks')} type="number" inputmode="numeric" />
        <TextField form={form} name="commentMinFillSeconds" label={s('minFill')} type="number" inputmode="numeric" hint={s('minFillHint')} />
        <TextField form={form} name="commentRateLimitPerMinute" label={s('rate')} type="number" inputmode="numeric" />
        <TextArea form={form} name="commentDisallowedWords" label={s('disallowed')} rows={3} hint={s('disallowedHint')} />
        <TextArea form={form} name="moderatorEmails" label={s('moderators')} rows={2} hint={s('moderatorsHint')} />
        <div class="actions"><button type="submit" class="primary">{s('save')}</button></div>
      </form>
    </AdminLayout>
  );
}
