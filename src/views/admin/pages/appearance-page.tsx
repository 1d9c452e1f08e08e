import type { AppearanceView, MenuEditorView } from '../../../presenters/admin/appearance-presenter.js';
import { AdminLayout } from '../admin-layout.js';
import { CheckboxGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField } from '../components/fields.js';

function MenuEditor(props: { menu: MenuEditorView }) {
  const { menu } = props;
  return (
    <fieldset class="menu-editor" data-menu-editor={menu.name}>
      <legend>{menu.heading}{menu.chosen ? '' : ' (default — save to make it yours)'}</legend>
      <p class="hint">Order by position; tick “nested” to put a link under the top-level link above it (one level). Clear a row’s label and address to remove it.</p>
      <table class="menu-rows">
        <thead><tr><th scope="col">Position</th><th scope="col">Label</th><th scope="col">Address</th><th scope="col">Nested</th></tr></thead>
        <tbody>
          {menu.rows.map((row, i) => {
            const name = `${menu.name}.${i}`;
            return (
              <tr data-menu-row>
                <td><input name={`${name}.position`} value={row.position} inputmode="numeric" size={3} aria-label={`Row ${i + 1} position`} /></td>
                <td><input name={`${name}.label`} value={row.label} maxlength={80} aria-label={`Row ${i + 1} label`} /></td>
                <td><input name={`${name}.url`} value={row.url} maxlength={2048} aria-label={`Row ${i + 1} address`} placeholder="/about or https://…" /></td>
                <td><input type="checkbox" name={`${name}.child`} value="on" checked={row.child} aria-label={`Row ${i + 1} nested under the link above`} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}

/** Theme, logo, accent colour, footer text, custom CSS, and the header and footer menus. */
export function AppearancePage(props: { view: AppearanceView }) {
  const { view } = props;
  const { form } = view;
  const token = view.chrome.csrfToken;
  return (
    <AdminLayout chrome={view.chrome}>
      <h1>Appearance</h1>
      <ErrorSummary form={form} />
      <form method="post" action="/admin/appearance" class="panel" novalidate>
        <CsrfField token={token} />
        <h2>Theme</h2>
        <SelectField form={form} name="theme" label="Theme" options={view.themes} hint="Templates and stylesheet from the themes folder (see docs/themes.md). The branding below applies on top of any theme." />
        <h2>Branding</h2>
        <TextField form={form} name="logoUrl" label="Logo address" hint="Shown in the header in place of the site title, e.g. an address from the media library (its size is read from there so the page does not shift). Leave empty for the title." />
        <TextField form={form} name="accentColor" label="Accent colour" hint="Links and focus rings in the light scheme, as a hex colour such as #1d4f91. It must keep links readable (4.5:1 on the page). Leave empty for the theme’s." />
        <TextField form={form} name="footerText" label="Footer text" hint="One line under the footer menu. Leave empty to show the site description." />
        <TextArea form={form} name="customCss" label="Custom CSS" rows={8} hint="Added after the theme’s stylesheet; the theme’s colours and fonts are CSS custom properties (--accent, --bg, --fg, --serif, --sans…)." />
        <h2>Front page</h2>
        <CheckboxGroup form={form} name="homeSections" legend="Sections with a block of their newest articles under the latest ones (up to 6)" options={view.homeSections} />
        <h2>Menus</h2>
        {form.errors['menus'] ? <p class="field-error" id="field-menus-error">{form.errors['menus']}</p> : null}
        {view.menus.map((menu) => <MenuEditor menu={menu} />)}
        <div class="actions"><button type="submit" class="primary">Save appearance</button></div>
      </form>
      <form method="post" action="/admin/appearance/menu-add" class="panel">
        <CsrfField token={token} />
        <h2>Add to a menu</h2>
        <div class="field">
          <label for="field-target">Link to</label>
          <select id="field-target" name="target" required>
            {view.choices.filter((g) => g.options.length > 0).map((group) => (
              <optgroup label={group.group}>
                {group.options.map((o) => <option value={o.value}>{o.label}</option>)}
              </optgroup>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="field-menu">Menu</label>
          <select id="field-menu" name="menu">
            <option value="primary">Header menu</option>
            <option value="footer">Footer menu</option>
          </select>
        </div>
        <div class="actions"><button type="submit">Add link</button></div>
      </form>
      <form method="post" action="/admin/appearance/menu-reset" class="panel">
        <CsrfField token={token} />
        <h2>Back to the default menus</h2>
        <p class="hint">The header then shows the first few top-level sections, the footer the standalone pages.</p>
        <div class="actions">
          <button type="submit" name="menu" value="primary">Reset header menu</button>{' '}
          <button type="submit" name="menu" value="footer">Reset footer menu</button>
        </div>
      </form>
    </AdminLayout>
  );
}
