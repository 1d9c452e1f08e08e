import type { StructureView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { translateIn, useT } from '../../locale-context.js';
import { DeletePanel } from '../components/delete-panel.js';
import { AddPanel, CsrfField, SelectField, TextArea, TextField } from '../components/fields.js';
import { TranslationFields } from '../components/translation-fields.js';

/** A structure-screen string in the page's language. */
function useS() {
  const t = useT();
  return (key: string, name?: string) => t(`admin.structure.${key}`, name === undefined ? undefined : { name });
}

function Sections(props: { view: StructureView }) {
  const { view } = props;
  const t = useT();
  const s_ = useS();
  const csrf = <CsrfField token={view.chrome.csrfToken} />;
  return (
    <>
      <ul class="tree">
        {view.sections.map((s) => (
          <li class={`panel depth-${Math.min(s.depth, 4)}`}>
            <div class="tree-row">
              <strong>{s.name}</strong> <span class="hint">/{s.slug}, {s.place}</span>
              <form method="post" action={s.moveAction} class="inline-form">
                {csrf}
                <button type="submit" name="move" value="up" aria-label={s_('upLabel', s.name)}>{s_('up')}</button>
                <button type="submit" name="move" value="down" aria-label={s_('downLabel', s.name)}>{s_('down')}</button>
                <button type="submit" name="move" value="indent" aria-label={s_('indentLabel', s.name)}>{s_('indent')}</button>
                <button type="submit" name="move" value="outdent" aria-label={s_('outdentLabel', s.name)}>{s_('outdent')}</button>
              </form>
            </div>
            <details>
              <summary>{s_('editOrMove', s.name)}</summary>
              <form method="post" action={s.updateAction}>
                {csrf}
                <div class="field"><label for={`name-${s.id}`}>{s_('name')}</label><input type="text" id={`name-${s.id}`} name="name" value={s.name} /></div>
                <div class="field"><label for={`slug-${s.id}`}>{s_('slug')}</label><input type="text" id={`slug-${s.id}`} name="slug" value={s.slug} /></div>
                <div class="field"><label for={`description-${s.id}`}>{s_('description')}</label><textarea id={`description-${s.id}`} name="description" rows={2}>{s.description}</textarea></div>
                <div class="field">
                  <label for={`parent-${s.id}`}>{s_('parentSection')}</label>
                  <select id={`parent-${s.id}`} name="parent">
                    <option value="">{s_('topLevelOption')}</option>
                    {view.sectionOptions.filter((o) => o.value !== String(s.id)).map((o) => <option value={o.value} selected={o.value === s.parent}>{o.label}</option>)}
                  </select>
                </div>
                <div class="actions"><button type="submit">{s_('saveItem', s.name)}</button></div>
              </form>
            </details>
            <TranslationFields kind="section" id={s.id} itemName={s.name} languages={view.languages} fields={['name', 'slug', 'description']}
              translation={s.translation} csrfToken={view.chrome.csrfToken} />
            <DeletePanel id={`section-${s.id}`} name={s.name} action={s.deleteAction} csrfToken={view.chrome.csrfToken} effect={t('admin.structure.delete.sectionEffect')} />
          </li>
        ))}
      </ul>
      <AddPanel heading={s_('addSection')} action="/admin/sections" form={view.form} csrfToken={view.chrome.csrfToken} submit={s_('addSectionSubmit')}>
        <TextField form={view.form} name="name" label={s_('name')} required />
        <TextField form={view.form} name="slug" label={s_('slug')} hint={s_('slugHint')} required />
        <TextArea form={view.form} name="description" label={s_('description')} rows={2} />
        <SelectField form={view.form} name="parent" label={s_('parentSection')} options={view.sectionOptions} blank={s_('topLevelOption')} />
      </AddPanel>
    </>
  );
}

function Tags(props: { view: StructureView }) {
  const { view } = props;
  const t = useT();
  const s_ = useS();
  return (
    <>
      <ul class="tree">
        {view.tags.map((tag) => (
          <li class="panel">
            <form method="post" action={tag.action} class="inline-form">
              <CsrfField token={view.chrome.csrfToken} />
              <label for={`tag-name-${tag.id}`}>{s_('name')}</label><input type="text" id={`tag-name-${tag.id}`} name="name" value={tag.name} />
              <label for={`tag-slug-${tag.id}`}>{s_('slug')}</label><input type="text" id={`tag-slug-${tag.id}`} name="slug" value={tag.slug} />
              <button type="submit">{s_('save')}</button>
            </form>
            <TranslationFields kind="tag" id={tag.id} itemName={tag.name} languages={view.languages} fields={['name', 'slug']}
              translation={tag.translation} csrfToken={view.chrome.csrfToken} />
            <DeletePanel id={`tag-${tag.id}`} name={tag.name} action={tag.deleteAction} csrfToken={view.chrome.csrfToken} effect={t('admin.structure.delete.tagEffect')} />
          </li>
        ))}
      </ul>
      <AddPanel heading={s_('addTag')} action="/admin/tags" form={view.form} csrfToken={view.chrome.csrfToken} submit={s_('addTagSubmit')}>
        <TextField form={view.form} name="name" label={s_('name')} required />
        <TextField form={view.form} name="slug" label={s_('slug')} required />
      </AddPanel>
    </>
  );
}

function Authors(props: { view: StructureView }) {
  const { view } = props;
  const t = useT();
  const s_ = useS();
  return (
    <>
      <ul class="tree">
        {view.authors.map((a) => (
          <li class="panel">
            <div class="tree-row">{a.avatarSrc ? <img class="avatar" src={a.avatarSrc} alt="" /> : null}<strong>{a.name}</strong> <span class="hint">/author/{a.slug}</span></div>
            <details>
              <summary>{s_('edit', a.name)}</summary>
              <form method="post" action={a.action}>
                <CsrfField token={view.chrome.csrfToken} />
                <div class="field"><label for={`author-name-${a.id}`}>{s_('name')}</label><input type="text" id={`author-name-${a.id}`} name="name" value={a.name} /></div>
                <div class="field"><label for={`author-bio-${a.id}`}>{s_('bio')}</label><textarea id={`author-bio-${a.id}`} name="bio" rows={3}>{a.bio}</textarea></div>
                <div class="field">
                  <label for={`author-fediverse-${a.id}`}>{s_('fediverse')}</label>
                  <p class="hint" id={`author-fediverse-hint-${a.id}`}>{s_('fediverseHint')}</p>
                  <input type="text" id={`author-fediverse-${a.id}`} name="fediverse" value={a.fediverse} aria-describedby={`author-fediverse-hint-${a.id}`} autocomplete="off" spellcheck={false} />
                </div>
                <div class="field">
                  <label for={`author-avatar-${a.id}`}>{s_('avatar')}</label>
                  <select id={`author-avatar-${a.id}`} name="avatar">
                    <option value="">{s_('noAvatar')}</option>
                    {view.media.map((m) => <option value={m.value} selected={m.value === a.avatar}>{m.label}</option>)}
                  </select>
                </div>
                <div class="actions"><button type="submit">{s_('saveItem', a.name)}</button></div>
              </form>
            </details>
            <TranslationFields kind="author" id={a.id} itemName={a.name} languages={view.languages} fields={['bio']}
              translation={a.translation} csrfToken={view.chrome.csrfToken} />
            <DeletePanel id={`author-${a.id}`} name={a.name} action={a.deleteAction} csrfToken={view.chrome.csrfToken} effect={t('admin.structure.delete.authorEffect')}>
              <div class="field">
                <label for={`author-reassign-${a.id}`}>{t('admin.structure.delete.reassign')}</label>
                <select id={`author-reassign-${a.id}`} name="reassign">
                  <option value="">{t('admin.structure.delete.reassignNone')}</option>
                  {view.authors.filter((o) => o.id !== a.id).map((o) => <option value={o.slug}>{o.name}</option>)}
                </select>
              </div>
            </DeletePanel>
          </li>
        ))}
      </ul>
      <AddPanel heading={s_('addAuthor')} action="/admin/authors" form={view.form} csrfToken={view.chrome.csrfToken} submit={s_('addAuthorSubmit')}>
        <TextField form={view.form} name="name" label={s_('name')} required />
        <TextField form={view.form} name="slug" label={s_('slug')} required />
        <TextArea form={view.form} name="bio" label={s_('bio')} rows={3} />
      </AddPanel>
    </>
  );
}

function Redirects(props: { view: StructureView }) {
  const { view } = props;
  const s_ = useS();
  const t = useT();
  return (
    <>
      {view.redirects.length === 0 ? <p class="hint">{s_('noRedirects')}</p> : (
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">{s_('from')}</th><th scope="col">{s_('to')}</th><th scope="col">{s_('status')}</th><th scope="col">{s_('remove')}</th></tr></thead>
            <tbody>
              {view.redirects.map((r) => (
                <tr>
                  <td>{r.from}</td><td>{r.to}</td><td>{r.status}</td>
                  <td>
                    <form method="post" action="/admin/redirects/delete" class="inline-form">
                      <CsrfField token={view.chrome.csrfToken} />
                      <input type="hidden" name="fromPath" value={r.from} />
                      <button type="submit" aria-label={t('admin.structure.removeLabel', { from: r.from })}>{s_('remove')}</button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddPanel heading={s_('addRedirect')} action="/admin/redirects" form={view.form} csrfToken={view.chrome.csrfToken} submit={s_('addRedirectSubmit')}>
        <TextField form={view.form} name="fromPath" label={s_('oldPath')} hint={s_('oldPathHint')} required />
        <TextField form={view.form} name="toPath" label={s_('newPath')} required />
        <SelectField form={view.form} name="statusCode" label={s_('kind')} options={['301', '302', '307', '308'].map((value) => ({ value, label: s_(`kind${value}`) }))} />
      </AddPanel>
    </>
  );
}

/** Sections (a tree moved with buttons), tags, authors and redirects. */
export function StructurePage(props: { view: StructureView }) {
  const { view } = props;
  const t = translateIn(view.chrome.locale);
  return (
    <AdminLayout chrome={view.chrome}>
      <h1>{t(`admin.structure.tabs.${view.screen}`)}</h1>
      <nav aria-label={t('admin.structure.navLabel')}>
        <ul class="counts">{view.tabs.map((t) => <li><a href={t.href} aria-current={t.current ? 'page' : undefined}>{t.label}</a></li>)}</ul>
      </nav>
      {view.screen === 'sections' ? <Sections view={view} /> : view.screen === 'tags' ? <Tags view={view} /> : view.screen === 'authors' ? <Authors view={view} /> : <Redirects view={view} />}
    </AdminLayout>
  );
}
