import type { SignInView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { CsrfField, ErrorSummary, TextField } from '../components/fields.js';

/** The sign-in form. */
export function SignInPage(props: { view: SignInView }) {
  const { view } = props;
  return (
    <AdminLayout chrome={view.chrome}>
      <h1>Sign in</h1>
      <div class="panel narrow">
        <ErrorSummary form={view.form} />
        <form method="post" action="/admin/login" novalidate>
          <CsrfField token={view.chrome.csrfToken} />
          <input type="hidden" name="next" value={view.next} />
          <TextField form={view.form} name="email" label="Email" type="email" autocomplete="username" required />
          <TextField form={view.form} name="password" label="Password" type="password" autocomplete="current-password" required />
          <div class="actions"><button type="submit" class="primary">Sign in</button></div>
        </form>
      </div>
    </AdminLayout>
  );
}

/** First run: create the administrator. */
export function SetupPage(props: { view: SignInView }) {
  const { view } = props;
  return (
    <AdminLayout chrome={view.chrome}>
      <h1>Set up your site</h1>
      <p>Create the administrator account. It can add other people later, each with a role.</p>
      <div class="panel narrow">
        <ErrorSummary form={view.form} />
        <form method="post" action="/admin/setup" novalidate>
          <CsrfField token={view.chrome.csrfToken} />
          <TextField form={view.form} name="name" label="Your name" autocomplete="name" required />
          <TextField form={view.form} name="email" label="Email" type="email" autocomplete="username" required />
          <TextField form={view.form} name="password" label="Password" type="password" autocomplete="new-password" hint="At least 10 characters. A few unrelated words make a strong one." required />
          <div class="actions"><button type="submit" class="primary">Create administrator</button></div>
        </form>
      </div>
    </AdminLayout>
  );
}
