import type { SettingsView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField } from '../components/fields.js';

/** Site settings. */
export function SettingsPage(props: { view: SettingsView }) {
  const { view } = props;
  const { form } = view;
  return (
    <AdminLayout chrome={view.chrome}>
      <h1>Settings</h1>
      <ErrorSummary form={form} />
      <form method="post" action="/admin/settings" class="panel" novalidate>
        <CsrfField token={view.chrome.csrfToken} />
        <h2>Site</h2>
        <TextField form={form} name="title" label="Site title" required />
        <TextArea form={form} name="description" label="Description" rows={2} />
        <TextField form={form} name="language" label="Language" hint="A language tag such as en, en-GB, fr or ar." />
        <TextField form={form} name="timeZone" label="Time zone" hint="An IANA zone such as Europe/London or America/New_York." />
        <TextField form={form} name="postsPerPage" label="Articles per page" type="number" inputmode="numeric" />
        <SelectField form={form} name="permalinkPattern" label="Article addresses" options={view.permalinks} hint="Stored for now: articles are served at /year/month/slug until other patterns are applied." />
        <h2>Citations</h2>
        <SelectField form={form} name="citationStyle" label="Citation style" options={view.styles} hint="Changing it re-renders every article's notes in the background." />
        <h2>Comments</h2>
        {/* Reader comments add their settings here. */}
        <p class="hint" data-placeholder="comment-settings">Reader comments are not available yet; their settings will appear here.</p>
        <div class="actions"><button type="submit" class="primary">Save settings</button></div>
      </form>
    </AdminLayout>
  );
}
