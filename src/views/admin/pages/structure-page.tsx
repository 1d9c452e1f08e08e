import type { StructureView } from '../../../presenters/admin/admin-view-models.js';
import { AdminLayout } from '../admin-layout.js';
import { useT } from '../../locale-context.js';
import { DeletePanel } from '../components/delete-panel.js';
import { AddPanel, CsrfField, SelectField, TextArea, TextField } from '../components/fields.js';
import { TranslationFields } from '../components/translation-fields.js';

const HEADINGS = { sections: 'Sections', tags: 'Tags', authors: 'Authors', redirects: 'Redirects' } as const;

function Sections(props: { view: StructureView }) {
  const { view } = props;
  const t = useT();
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
                <button type="submit" name="move" value="up" aria-label={`Move ${s.name} up`}>Up</button>
                <button type="submit" name="move" value="down" aria-label={`Move ${s.name} down`}>Down</button>
                <button type="submit" name="move" value="indent" aria-label={`Indent ${s.name} under the section above`}>Indent</button>
                <button type="submit" name="move" value="outdent" aria-label={`Outdent ${s.name} out of its parent`}>Outdent</button>
              </form>
            </div>
            <details>
              <summary>Edit or move {s.name}</summary>
              <form method="post" action={s.updateAction}>
                {csrf}
                <div class="field"><label for={`name-${s.id}`}>Name</label><input type="text" id={`name-${s.id}`} name="name" value={s.name} /></div>
                <div class="field"><label for={`slug-${s.id}`}>Slug</label><input type="text" id={`slug-${s.id}`} name="slug" value={s.slug} /></div>
                <div class="field"><label for={`description-${s.id}`}>Description</label><textarea id={`description-${s.id}`} name="description" rows={2}>{s.description}</textarea></div>
                <div class="field">
                  <label for={`parent-${s.id}`}>Parent section</label>
                  <select id={`parent-${s.id}`} name="parent">
                    <option value="">— Top level —</option>
                    {view.sectionOptions.filter((o) => o.value !== String(s.id)).map((o) => <option value={o.value} selected={o.value === s.parent}>{o.label}</option>)}
                  </select>
                </div>
                <div class="actions"><button type="submit">Save {s.name}</button></div>
              </form>
            </details>
            <TranslationFields kind="section" id={s.id} itemName={s.name} languages={view.languages} fields={['name', 'slug', 'description']}
              translation={s.translation} csrfToken={view.chrome.csrfToken} />
            <DeletePanel id={`section-${s.id}`} name={s.name} action={s.deleteAction} csrfToken={view.chrome.csrfToken} effect={t('admin.structure.delete.sectionEffect')} />
          </li>
        ))}
      </ul>
      <AddPanel heading="Add a section" action="/admin/sections" form={view.form} csrfToken={view.chrome.csrfToken} submit="Add section">
        <TextField form={view.form} name="name" label="Name" required />
        <TextField form={view.form} name="slug" label="Slug" hint="Lowercase letters, digits and hyphens." required />
        <TextArea form={view.form} name="description" label="Description" rows={2} />
        <SelectField form={view.form} name="parent" label="Parent section" options={view.sectionOptions} blank="— Top level —" />
      </AddPanel>
    </>
  );
}

function Tags(props: { view: StructureView }) {
  const { view } = props;
  const t = useT();
  return (
    <>
      <ul class="tree">
        {view.tags.map((tag) => (
          <li class="panel">
            <form method="post" action={tag.action} class="inline-form">
              <CsrfField token={view.chrome.csrfToken} />
              <label for={`tag-name-${tag.id}`}>Name</label><input type="text" id={`tag-name-${tag.id}`} name="name" value={tag.name} />
              <label for={`tag-slug-${tag.id}`}>Slug</label><input type="text" id={`tag-slug-${tag.id}`} name="slug" value={tag.slug} />
              <button type="submit">Save</button>
            </form>
            <TranslationFields kind="tag" id={tag.id} itemName={tag.name} languages={view.languages} fields={['name', 'slug']}
              translation={tag.translation} csrfToken={view.chrome.csrfToken} />
            <DeletePanel id={`tag-${tag.id}`} name={tag.name} action={tag.deleteAction} csrfToken={view.chrome.csrfToken} effect={t('admin.structure.delete.tagEffect')} />
          </li>
        ))}
      </ul>
      <AddPanel heading="Add a tag" action="/admin/tags" form={view.form} csrfToken={view.chrome.csrfToken} submit="Add tag">
        <TextField form={view.form} name="name" label="Name" required />
        <TextField form={view.form} name="slug" label="Slug" required />
      </AddPanel>
    </>
  );
}

function Authors(props: { view: StructureView }) {
  const { view } = props;
  const t = useT();
  return (
    <>
      <ul class="tree">
        {view.authors.map((a) => (
          <li class="panel">
            <div class="tree-row">{a.avatarSrc ? <img class="avatar" src={a.avatarSrc} alt="" /> : null}<strong>{a.name}</strong> <span class="hint">/author/{a.slug}</span></div>
            <details>
              <summary>Edit {a.name}</summary>
              <form method="post" action={a.action}>
                <CsrfField token={view.chrome.csrfToken} />
                <div class="field"><label for={`author-name-${a.id}`}>Name</label><input type="text" id={`author-name-${a.id}`} name="name" value={a.name} /></div>
                <div class="field"><label for={`author-bio-${a.id}`}>Bio</label><textarea id={`author-bio-${a.id}`} name="bio" rows={3}>{a.bio}</textarea></div>
                <div class="field">
                  <label for={`author-fediverse-${a.id}`}>Fediverse handle</label>
                  <p class="hint" id={`author-fediverse-hint-${a.id}`}>As @user@host; named as the creator when their articles are shared on the fediverse.</p>
                  <input type="text" id={`author-fediverse-${a.id}`} name="fediverse" value={a.fediverse} aria-describedby={`author-fediverse-hint-${a.id}`} autocomplete="off" spellcheck={false} />
                </div>
                <div class="field">
                  <label for={`author-avatar-${a.id}`}>Avatar</label>
                  <select id={`author-avatar-${a.id}`} name="avatar">
                    <option value="">— None —</option>
                    {view.media.map((m) => <option value={m.value} selected={m.value === a.avatar}>{m.label}</option>)}
                  </select>
                </div>
                <div class="actions"><button type="submit">Save {a.name}</button></div>
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
      <AddPanel heading="Add an author" action="/admin/authors" form={view.form} csrfToken={view.chrome.csrfToken} submit="Add author">
        <TextField form={view.form} name="name" label="Name" required />
        <TextField form={view.form} name="slug" label="Slug" required />
        <TextArea form={view.form} name="bio" label="Bio" rows={3} />
      </AddPanel>
    </>
  );
}

function Redirects(props: { view: StructureView }) {
  const { view } = props;
  return (
    <>
      {view.redirects.length === 0 ? <p class="hint">No redirects.</p> : (
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Status</th><th scope="col">Remove</th></tr></thead>
            <tbody>
              {view.redirects.map((r) => (
                <tr>
                  <td>{r.from}</td><td>{r.to}</td><td>{r.status}</td>
                  <td>
                    <form method="post" action="/admin/redirects/delete" class="inline-form">
                      <CsrfField token={view.chrome.csrfToken} />
                      <input type="hidden" name="fromPath" value={r.from} />
                      <button type="submit" aria-label={`Remove the redirect from ${r.from}`}>Remove</button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddPanel heading="Add a redirect" action="/admin/redirects" form={view.form} csrfToken={view.chrome.csrfToken} submit="Add redirect">
        <TextField form={view.form} name="fromPath" label="Old path" hint="Such as /old-page." required />
        <TextField form={view.form} name="toPath" label="New path or URL" required />
        <SelectField form={view.form} name="statusCode" label="Kind" options={[{ value: '301', label: '301 moved for good' }, { value: '302', label: '302 moved for now' }, { value: '307', label: '307 temporary' }, { value: '308', label: '308 permanent' }]} />
      </AddPanel>
    </>
  );
}

/** Sections (a tree moved with buttons), tags, authors and redirects. */
export function StructurePage(props: { view: StructureView }) {
  const { view } = props;
  return (
    <AdminLayout chrome={view.chrome}>
      <h1>{HEADINGS[view.screen]}</h1>
      <nav aria-label="Structure">
        <ul class="counts">{view.tabs.map((t) => <li><a href={t.href} aria-current={t.current ? 'page' : undefined}>{t.label}</a></li>)}</ul>
      </nav>
      {view.screen === 'sections' ? <Sections view={view} /> : view.screen === 'tags' ? <Tags view={view} /> : view.screen === 'authors' ? <Authors view={view} /> : <Redirects view={view} />}
    </AdminLayout>
  );
}
