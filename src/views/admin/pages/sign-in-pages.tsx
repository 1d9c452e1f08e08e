import type { SignInView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { CsrfField, ErrorSummary, TextField } from '../components/fields.js';
import { translateIn } from '../../locale-context.js';

/** The sign-in form. */
export function SignInPage(props: { view: SignInView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  return (
    <AdminLayout chrome={view.chrome}>
      <h1>{t('admin.signIn.heading')}</h1>
      <div class="panel narrow">
        <ErrorSummary form={view.form} />
        <form method="post" action="/admin/login" novalidate>
          <CsrfField token={view.chrome.csrfToken} />
          <input type="hidden" name="next" value={view.next} />
          <TextField form={view.form} name="email" label={t('admin.signIn.email')} type="email" autocomplete="username" required />
          <TextField form={view.form} name="password" label={t('admin.signIn.password')} type="password" autocomplete="current-password" required />
          <div class="actions"><button type="submit" class="primary">{t('admin.signIn.submit')}</button></div>
        </form>
      </div>
    </AdminLayout>
  );
}

/** First run: create the administrator. */
export function SetupPage(props: { view: SignInView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  return (
    <AdminLayout chrome={view.chrome}>
      <h1>{t('admin.signIn.setupHeading')}</h1>
      <p>{t('admin.signIn.setupIntro')}</p>
      <div class="panel narrow">
        <ErrorSummary form={view.form} />
        <form method="post" action="/admin/setup" novalidate>
          <CsrfField token={view.chrome.csrfToken} />
          <TextField form={view.form} name="name" label={t('admin.signIn.name')} autocomplete="name" required />
          <TextField form={view.form} name="email" label={t('admin.signIn.email')} type="email" autocomplete="username" required />
          <TextField form={view.form} name="password" label={t('admin.signIn.password')} type="password" autocomplete="new-password" hint={t('admin.signIn.passwordHint')} required />
          <div class="actions"><button type="submit" class="primary">{t('admin.signIn.create')}</button></div>
        </form>
      </div>
    </AdminLayout>
  );
}
