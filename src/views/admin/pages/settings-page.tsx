import type { SettingsView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField } from '../components/fields.js';
import { ArchivingFields, TransparencyFields } from '../components/settings-extra-fields.js';

/** Site settings. */
export function SettingsPage(props: { view: SettingsView }) {
  const { view } = props;
  const { form } = view;
  return (
    <AdminLayout chrome={view.chrome}>
      <h1>Settings</h1>
      <p><a href="/admin/settings/keys">Content API keys</a>: the keys front ends read published content with.</p>
      <p><a href="/admin/settings/webhooks">Webhooks</a>: signed POSTs to other systems when articles, comments or links change.</p>
      <p><a href="/admin/settings/integrations">Admin API integrations</a>: the keys writing apps publish with, each with its scopes.</p>
      <ErrorSummary form={form} />
      <form method="post" action="/admin/settings" class="panel" novalidate>
        <CsrfField token={view.chrome.csrfToken} />
        <h2>Site</h2>
        <TextField form={form} name="title" label="Site title" required />
        <TextArea form={form} name="description" label="Description" rows={2} />
        <TextField form={form} name="language" label="Language" hint="A language tag such as en, en-GB, fr or ar." />
        <SelectField form={form} name="digits" label="Digits" options={view.digits} hint="How numbers and dates are written on Arabic, Persian and Urdu pages." />
        <div class="field checkbox">
          <input type="checkbox" id="field-persianCalendar" name="persianCalendar" value="on" checked={form.values['persianCalendar'] === 'on'} />
          <label for="field-persianCalendar">Date Persian pages in the Solar Hijri calendar (۱۰ آذر ۱۴۰۵) rather than the Gregorian one</label>
        </div>
        <TextField form={form} name="languages" label="Other languages" hint="Languages the site also publishes in, separated by spaces (e.g. fr ar)." />
        <div class="field checkbox">
          <input type="checkbox" id="field-languagePrefixes" name="languagePrefixes" value="on" checked={form.values['languagePrefixes'] === 'on'} />
          <label for="field-languagePrefixes">Give the other languages their own addresses, home, lists and feeds under /fr/, /ar/…</label>
        </div>
        <TextField form={form} name="timeZone" label="Time zone" hint="An IANA zone such as Europe/London or America/New_York." />
        <TextField form={form} name="postsPerPage" label="Articles per page" type="number" inputmode="numeric" />
        <SelectField form={form} name="permalinkPattern" label="Article addresses" options={view.permalinks} hint="Links made under another pattern keep working: they redirect to the new address." />
        <h2>Feeds</h2>
        <TextField form={form} name="websubHub" label="WebSub hub" type="url" hint="Feeds name this hub, and publishing tells it they changed (e.g. https://pubsubhubbub.appspot.com/). Leave empty for none." />
        <h2>Citations</h2>
        <SelectField form={form} name="citationStyle" label="Citation style" options={view.styles} hint="Changing it re-renders every article's notes in the background." />
        <ArchivingFields form={form} secretSet={view.captureSecretSet} />
        <TransparencyFields form={form} />
        <h2>Comments</h2>
        <div class="field checkbox">
          <input type="checkbox" id="field-commentsEnabled" name="commentsEnabled" value="on" checked={form.values['commentsEnabled'] === 'on'} />
          <label for="field-commentsEnabled">Readers may comment on articles</label>
        </div>
        <SelectField form={form} name="commentModeration" label="Moderation" options={view.moderation} />
        <TextField form={form} name="commentsCloseAfterDays" label="Close comments after (days)" type="number" inputmode="numeric" hint="0 keeps them open." />
        <TextField form={form} name="commentThreadDepth" label="Replies nest up to" type="number" inputmode="numeric" hint="1 allows no replies." />
        <SelectField form={form} name="commentOrder" label="Order of comments" options={view.orders} />
        <TextField form={form} name="commentsPerPage" label="Top-level comments per page" type="number" inputmode="numeric" />
        <TextField form={form} name="commentMaxLinks" label="Hold a comment with more links than" type="number" inputmode="numeric" />
        <TextField form={form} name="commentMinFillSeconds" label="Minimum seconds to write a comment" type="number" inputmode="numeric" hint="Faster senders are taken for bots." />
        <TextField form={form} name="commentRateLimitPerMinute" label="Comments per minute from one address" type="number" inputmode="numeric" />
        <TextArea form={form} name="commentDisallowedWords" label="Disallowed words" rows={3} hint="One per line; a comment containing one goes to spam." />
        <TextArea form={form} name="moderatorEmails" label="Moderators’ email addresses" rows={2} hint="One per line; told of every new comment, besides the article’s authors." />
        <div class="actions"><button type="submit" class="primary">Save settings</button></div>
      </form>
    </AdminLayout>
  );
}
