import type { AccountView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { CsrfField, ErrorSummary, SelectField } from '../components/fields.js';
import { translateIn } from '../../locale-context.js';

/** "Your account": name, email and role, and the admin language this user reads in. */
export function AccountPage(props: { view: AccountView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  return (
    <AdminLayout chrome={view.chrome}>
      <h1>{t('account.heading')}</h1>
      <dl class="account-details">
        <dt>{t('account.name')}</dt><dd><bdi>{view.name}</bdi></dd>
        <dt>{t('account.email')}</dt><dd dir="ltr">{view.email}</dd>
        <dt>{t('account.role')}</dt><dd>{view.role}</dd>
      </dl>
      <ErrorSummary form={view.form} />
      <form method="post" action="/admin/account" novalidate>
        <CsrfField token={view.chrome.csrfToken} />
        <SelectField form={view.form} name="adminLanguage" label={t('account.language')} hint={t('account.languageHint')} options={view.languages} blank={view.siteDefault} />
        <div class="actions"><button type="submit" class="primary">{t('account.save')}</button></div>
      </form>
    </AdminLayout>
  );
}
