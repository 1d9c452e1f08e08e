import type { AppearanceView, MenuEditorView } from '../../../presenters/admin/appearance-presenter.js';
import { AdminLayout } from '../admin-layout.js';
import type { MessageValues } from '../../../presenters/i18n/translate.js';
import { translateIn, useT } from '../../locale-context.js';
import { CheckboxGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField } from '../components/fields.js';

function MenuEditor(props: { menu: MenuEditorView }) {
  const { menu } = props;
  const t = useT();
  const a = (key: string, values?: MessageValues) => t(`admin.appearance.${key}`, values);
  return (
    <fieldset class="menu-editor" data-menu-editor={menu.name}>
      <legend>{menu.heading}{menu.chosen ? '' : a('defaultMenu')}</legend>
      <p class="hint">{a('menuHint')}</p>
      <table class="menu-rows">
        <thead><tr><th scope="col">{a('position')}</th><th scope="col">{a('label')}</th><th scope="col">{a('address')}</th><th scope="col">{a('nested')}</th></tr></thead>
        <tbody>
          {menu.rows.map((row, i) => {
            const name = `${menu.name}.${i}`;
            return (
              <tr data-menu-row>
                <td><input name={`${name}.position`} value={row.position} inputmode="numeric" size={3} aria-label={a('rowPosition', { n: i + 1 })} /></td>
                <td><input name={`${name}.label`} value={row.label} maxlength={80} aria-label={a('rowLabel', { n: i + 1 })} /></td>
                <td><input name={`${name}.url`} value={row.url} maxlength={2048} aria-label={a('rowAddress', { n: i + 1 })} placeholder={a('addressPlaceholder')} /></td>
                <td><input type="checkbox" name={`${name}.child`} value="on" checked={row.child} aria-label={a('rowNested', { n: i + 1 })} /></td>
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
  const t = translateIn(view.chrome.locale);
  const a = (key: string) => t(`admin.appearance.${key}`);
  return (
    <AdminLayout chrome={view.chrome}>
      <h1>{a('title')}</h1>
      <ErrorSummary form={form} />
      <form method="post" action="/admin/appearance" class="panel" novalidate>
        <CsrfField token={token} />
        <h2>{a('theme')}</h2>
        <SelectField form={form} name="theme" label={a('theme')} options={view.themes} hint={a('themeHint')} />
        <h2>{a('branding')}</h2>
        <TextField form={form} name="logoUrl" label={a('logoUrl')} hint={a('logoUrlHint')} />
        <TextField form={form} name="accentColor" label={a('accentColor')} hint={a('accentColorHint')} />
        <TextField form={form} name="footerText" label={a('footerText')} hint={a('footerTextHint')} />
        <TextArea form={form} name="customCss" label={a('customCss')} rows={8} hint={a('customCssHint')} />
        <h2>{a('frontPage')}</h2>
        <CheckboxGroup form={form} name="homeSections" legend={a('homeSections')} options={view.homeSections} />
        <h2>{a('menus')}</h2>
        {form.errors['menus'] ? <p class="field-error" id="field-menus-error">{form.errors['menus']}</p> : null}
        {view.menus.map((menu) => <MenuEditor menu={menu} />)}
        <div class="actions"><button type="submit" class="primary">{a('save')}</button></div>
      </form>
      <form method="post" action="/admin/appearance/menu-add" class="panel">
        <CsrfField token={token} />
        <h2>{a('addHeading')}</h2>
        <div class="field">
          <label for="field-target">{a('linkTo')}</label>
          <select id="field-target" name="target" required>
            {view.choices.filter((g) => g.options.length > 0).map((group) => (
              <optgroup label={group.group}>
                {group.options.map((o) => <option value={o.value}>{o.label}</option>)}
              </optgroup>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="field-menu">{a('menu')}</label>
          <select id="field-menu" name="menu">
            <option value="primary">{a('headerMenu')}</option>
            <option value="footer">{a('footerMenu')}</option>
          </select>
        </div>
        <div class="actions"><button type="submit">{a('addLink')}</button></div>
      </form>
      <form method="post" action="/admin/appearance/menu-reset" class="panel">
        <CsrfField token={token} />
        <h2>{a('resetHeading')}</h2>
        <p class="hint">{a('resetHint')}</p>
        <div class="actions">
          <button type="submit" name="menu" value="primary">{a('resetHeader')}</button>{' '}
          <button type="submit" name="menu" value="footer">{a('resetFooter')}</button>
        </div>
      </form>
    </AdminLayout>
  );
}
