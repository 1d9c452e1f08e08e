// The traffic of `npm run soak`: each request drawn at random, by weight, from pages,
// feeds and sitemaps, searches, comment posts and admin saves, with the answers it may
// intend (see bench/soak.ts).
import { COMMENT_FORM_FIELDS as FIELD } from '../src/presenters/comment-view-models.js';
import { editorState, FORM, type Draft, type Site } from './soak-site.js';

export type Kind = 'page' | 'feed' | 'search' | 'comment' | 'admin';
export const KINDS: Kind[] = ['page', 'feed', 'search', 'comment', 'admin'];

export interface Planned {
  kind: Kind;
  /** What it is, for the report ("article", "draft autosave"…). */
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  expect: number[];
  /** Called with the answer (or null when none came). */
  settle?: (status: number | null, body: string) => void;
}

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]!;
let serial = 0;

function adminHeaders(site: Site, json: boolean): Record<string, string> {
  return { 'content-type': FORM, cookie: site.cookie, ...(json ? { 'x-csrf-token': site.csrf } : {}) };
}

function versionIn(json: string): number {
  try {
    return Number((JSON.parse(json) as { version?: unknown }).version);
  } catch {
    return NaN;
  }
}

/**
 * After a phase: a save cut off by its end may still land, so once the editor shows the same
 * version of a held draft twice, 2 s apart, it is free again.
 */
export async function settleDrafts(site: Site): Promise<void> {
  for (const draft of site.drafts.filter((d) => d.state === 'saving')) {
    let seen = -1;
    for (let i = 0; i < 15; i++) {
      const { version } = await editorState(site, draft.id);
      if (version === seen) {
        draft.version = version;
        draft.state = 'free';
        break;
      }
      seen = version;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

/** After an answer that did not carry the draft's new version: read it from the editor (the save is over). */
function resync(site: Site, draft: Draft): void {
  editorState(site, draft.id).then(
    ({ version }) => {
      draft.version = version;
      draft.state = 'free';
    },
    () => (draft.state = 'retired'),
  );
}

function draftSave(site: Site, form: boolean): Planned | null {
  const draft = site.drafts.find((d) => d.state === 'free');
  if (!draft) return null;
  draft.state = 'saving';
  const fields = { title: draft.title, body: `Draft text, save ${++serial}. ${'More words in the draft. '.repeat(1 + (serial % 40))}`, version: String(draft.version) };
  return {
    kind: 'admin',
    name: form ? 'draft editor save' : 'draft autosave',
    method: 'POST',
    path: form ? `/admin/articles/${draft.id}` : `/admin/articles/${draft.id}/autosave`,
    headers: adminHeaders(site, !form),
    body: new URLSearchParams(form ? { _csrf: site.csrf, ...fields, action: 'save' } : fields).toString(),
    expect: [form ? 303 : 200],
    settle: (status, body) => {
      const version = form ? (status === 303 ? draft.version + 1 : NaN) : status === 200 ? versionIn(body) : NaN;
      if (status === null) {
        draft.state = 'retired';
      } else if (Number.isInteger(version)) {
        draft.version = version;
        draft.state = 'free';
      } else {
        resync(site, draft);
      }
    },
  };
}

function publishedAutosave(site: Site, stale: boolean): Planned {
  const { id, version, title } = site.published;
  return {
    kind: 'admin',
    name: stale ? 'stale autosave (409 intended)' : 'published autosave',
    method: 'POST',
    path: `/admin/articles/${id}/autosave`,
    headers: adminHeaders(site, true),
    body: new URLSearchParams({ title, body: `An autosaved rewrite, ${++serial}.`, version: String(stale ? version - 1 : version) }).toString(),
    expect: [stale ? 409 : 200],
  };
}

function staleEditorSave(site: Site): Planned {
  const draft = pick(site.drafts);
  return {
    kind: 'admin',
    name: 'stale editor save (409 intended)',
    method: 'POST',
    path: `/admin/articles/${draft.id}`,
    headers: adminHeaders(site, false),
    body: new URLSearchParams({ _csrf: site.csrf, title: draft.title, body: 'Text from a tab opened long ago.', version: '0', action: 'save' }).toString(),
    expect: [409],
  };
}

function commentPost(site: Site): Planned {
  const form = pick(site.commentForms);
  const n = ++serial;
  const fields: Record<string, string> = {
    [FIELD.body]: `A soak comment, number ${n}. The figures in the third paragraph do not match the source cited in note 2.`,
    [FIELD.name]: `Reader ${n % 97}`,
    [FIELD.email]: `reader${n % 97}@example.org`,
    [FIELD.website]: n % 3 === 0 ? `https://reader${n % 97}.example.org/` : '',
    [FIELD.honeypot]: '',
    [FIELD.parent]: '',
    [FIELD.token]: form.token,
  };
  if (n % 2 === 0) fields[FIELD.remember] = '1';
  return { kind: 'comment', name: 'comment post', method: 'POST', path: form.action, headers: { 'content-type': FORM }, body: new URLSearchParams(fields).toString(), expect: [303, 429] };
}

const page = (kind: Kind, name: string, path: string): Planned => ({ kind, name, method: 'GET', path, expect: [200] });

const MIX: Array<{ weight: number; plan: (site: Site) => Planned | null }> = [
  { weight: 8, plan: () => page('page', 'home', '/') },
  { weight: 28, plan: (s) => page('page', 'article', pick(s.articles)) },
  { weight: 7, plan: (s) => page('page', 'section', pick(s.lists.section)) },
  { weight: 6, plan: (s) => page('page', 'tag', pick(s.lists.tag)) },
  { weight: 3, plan: (s) => page('page', 'author', pick(s.lists.author)) },
  { weight: 2, plan: (s) => page('page', 'static page', pick(s.lists.static)) },
  { weight: 5, plan: () => page('feed', 'feed.xml', '/feed.xml') },
  { weight: 5, plan: () => page('feed', 'feed.json', '/feed.json') },
  { weight: 2, plan: (s) => page('feed', 'other feed', pick(s.feeds)) },
  { weight: 4, plan: (s) => page('feed', 'sitemap', pick(s.sitemaps)) },
  { weight: 14, plan: (s) => page('search', 'search', `/search?q=${encodeURIComponent(pick(s.searchWords))}`) },
  { weight: 5, plan: commentPost },
  { weight: 6, plan: (s) => draftSave(s, false) },
  { weight: 3, plan: (s) => draftSave(s, true) },
  { weight: 2, plan: (s) => publishedAutosave(s, false) },
  { weight: 1, plan: (s) => (Math.random() < 0.5 ? publishedAutosave(s, true) : staleEditorSave(s)) },
];
const TOTAL_WEIGHT = MIX.reduce((sum, m) => sum + m.weight, 0);

export function plan(site: Site): Planned {
  let roll = Math.random() * TOTAL_WEIGHT;
  for (const entry of MIX) {
    roll -= entry.weight;
    // Every draft busy: the save goes to the published article instead.
    if (roll < 0) return entry.plan(site) ?? publishedAutosave(site, false);
  }
  return page('page', 'home', '/');
}

