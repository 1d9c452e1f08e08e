import type { UsersView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { AddPanel, CsrfField, SelectField, TextField } from '../components/fields.js';
import { translateIn } from '../../locale-context.js';

/** Accounts and their roles. */
export function UsersPage(props: { view: UsersView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  const u = (key: string, values?: Record<string, string>) => t(`admin.users.${key}`, values);
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>{u('heading')}</h1>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{u('caption')}</caption>
          <thead><tr><th scope="col">{u('name')}</th><th scope="col">{u('email')}</th><th scope="col">{u('roleAndAuthor')}</th><th scope="col">{t('account.languageColumn')}</th></tr></thead>
          <tbody>
            {view.users.map((user) => (
              <tr>
                <td>{user.name}</td>
                <td dir="ltr">{user.email}</td>
                <td>
                  <form method="post" action={user.action} class="inline-form" id={`user-${user.id}`}>
                    <CsrfField token={view.chrome.csrfToken} />
                    <input type="hidden" name="name" value={user.name} />
                    <label class="visually-hidden" for={`role-${user.id}`}>{u('roleOf', { name: user.name })}</label>
                    <select id={`role-${user.id}`} name="role">{view.roles.map((r) => <option value={r.value} selected={r.value === user.role}>{r.label}</option>)}</select>
                    <label class="visually-hidden" for={`author-${user.id}`}>{u('authorOf', { name: user.name })}</label>
                    <select id={`author-${user.id}`} name="author"><option value="">{u('noAuthor')}</option>{view.authors.map((a) => <option value={a.value} selected={a.value === user.author}>{a.label}</option>)}</select>
                  </form>
                </td>
                <td>
                  <label class="visually-hidden" for={`language-${user.id}`}>{t('account.languageOf', { name: user.name })}</label>
                  <select id={`language-${user.id}`} name="adminLanguage" form={`user-${user.id}`}>
                    <option value="">{view.siteDefault}</option>
                    {view.languages.map((l) => <option value={l.value} lang={l.lang} selected={l.value === user.adminLanguage}>{l.label}</option>)}
                  </select>
                  <button type="submit" form={`user-${user.id}`}>{u('save')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section class="panel" aria-labelledby="roles-heading">
        <h2 id="roles-heading">{u('roles')}</h2>
        <dl>{view.roles.map((r) => <><dt><strong>{r.label}</strong></dt><dd>{r.description}</dd></>)}</dl>
      </section>
      <AddPanel heading={u('add')} action="/admin/users" form={view.form} csrfToken={view.chrome.csrfToken} submit={u('addSubmit')}>
        <TextField form={view.form} name="name" label={u('name')} required />
        <TextField form={view.form} name="email" label={u('email')} type="email" autocomplete="off" required />
        <SelectField form={view.form} name="role" label={u('role')} options={view.roles} />
        <SelectField form={view.form} name="author" label={u('writesAs')} options={view.authors} blank={u('noAuthor')} />
        <SelectField form={view.form} name="adminLanguage" label={t('account.language')} options={view.languages} blank={view.siteDefault} />
        <TextField form={view.form} name="password" label={u('password')} type="password" autocomplete="new-password" hint={u('passwordHint')} required />
      </AddPanel>
    </AdminLayout>
  );
}
