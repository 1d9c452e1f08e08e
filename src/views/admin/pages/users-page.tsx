import type { UsersView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { AddPanel, CsrfField, SelectField, TextField } from '../components/fields.js';

/** Accounts and their roles. */
export function UsersPage(props: { view: UsersView }) {
  const { view } = props;
  return (
    <AdminLayout chrome={view.chrome} wide>
      <h1>Users</h1>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Accounts</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role and author page</th></tr></thead>
          <tbody>
            {view.users.map((u) => (
              <tr>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>
                  <form method="post" action={u.action} class="inline-form">
                    <CsrfField token={view.chrome.csrfToken} />
                    <input type="hidden" name="name" value={u.name} />
                    <label class="visually-hidden" for={`role-${u.id}`}>Role of {u.name}</label>
                    <select id={`role-${u.id}`} name="role">{view.roles.map((r) => <option value={r.value} selected={r.value === u.role}>{r.label}</option>)}</select>
                    <label class="visually-hidden" for={`author-${u.id}`}>Author page of {u.name}</label>
                    <select id={`author-${u.id}`} name="author"><option value="">— No author page —</option>{view.authors.map((a) => <option value={a.value} selected={a.value === u.author}>{a.label}</option>)}</select>
                    <button type="submit">Save</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section class="panel" aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles</h2>
        <dl>{view.roles.map((r) => <><dt><strong>{r.label}</strong></dt><dd>{r.description}</dd></>)}</dl>
      </section>
      <AddPanel heading="Add a user" action="/admin/users" form={view.form} csrfToken={view.chrome.csrfToken} submit="Add user">
        <TextField form={view.form} name="name" label="Name" required />
        <TextField form={view.form} name="email" label="Email" type="email" autocomplete="off" required />
        <SelectField form={view.form} name="role" label="Role" options={view.roles} />
        <SelectField form={view.form} name="author" label="Writes as author" options={view.authors} blank="— No author page —" />
        <TextField form={view.form} name="password" label="Password" type="password" autocomplete="new-password" hint="At least 10 characters; share it with them privately." required />
      </AddPanel>
    </AdminLayout>
  );
}
