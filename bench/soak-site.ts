// The demo site as `npm run soak` finds it after start: addresses from its sitemaps, the
// comment forms of its articles, an administrator added with the CLI and signed in over
// HTTP, and drafts of that administrator's to save.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { COMMENT_FORM_FIELDS as FIELD } from '../src/presenters/comment-view-models.js';
import { csrfOf } from '../test/support/admin.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EMAIL = 'soak@example.org';
const PASSWORD = 'a long soak passphrase';

export interface Draft {
  id: number;
  version: number;
  title: string;
  /**
   * free; saving: one connection's save is in flight, so each save sends the latest version;
   * retired: a save got no answer (it may land any time), so the version is not known again.
   */
  state: 'free' | 'saving' | 'retired';
}

export interface Site {
  base: string;
  articles: string[];
  lists: Record<'section' | 'tag' | 'author' | 'static', string[]>;
  sitemaps: string[];
  feeds: string[];
  searchWords: string[];
  commentForms: Array<{ action: string; token: string }>;
  cookie: string;
  csrf: string;
  drafts: Draft[];
  published: { id: number; version: number; title: string };
}

export const FORM = 'application/x-www-form-urlencoded';

function cookiesOf(response: Response): string {
  return response.headers.getSetCookie().map((c) => c.split(';')[0]!).filter((c) => !c.endsWith('=')).join('; ');
}

async function get(url: string, cookie = ''): Promise<string> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`setup: GET ${url} answered ${response.status}: ${excerpt(text)}`);
  return text;
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

/** The version and title the editor shows for an article. */
export async function editorState(site: Pick<Site, 'base' | 'cookie'>, id: number): Promise<{ version: number; title: string }> {
  const { document } = parseHTML(await get(`${site.base}/admin/articles/${id}`, site.cookie));
  const version = Number(document.querySelector('input[name="version"]')?.getAttribute('value'));
  const title = document.querySelector('input[name="title"]')?.getAttribute('value') ?? '';
  if (!Number.isInteger(version)) throw new Error(`setup: the editor of article ${id} shows no version`);
  return { version, title };
}

/** Runs the built CLI with `input` on its stdin, without blocking this process (its keep-alive sockets must see the server close them). */
function cli(args: string[], input: string, env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/dossier.js', ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stderr }));
    child.stdin.end(input);
  });
}

/** `dossier user add` (the CLI, as an operator would), retried while a fresh SQLite file is still locked by the starting server. */
async function addAdministrator(databaseUrl: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const result = await cli(['user', 'add', '--email', EMAIL, '--name', 'Soak Admin', '--role', 'administrator', '--password-stdin'], `${PASSWORD}\n`, { DATABASE_URL: databaseUrl });
    if (result.status === 0) return;
    if (attempt < 6 && /locked|busy/i.test(result.stderr)) {
      console.log(`  user add: ${result.stderr.trim()}; again in 1 s`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      continue;
    }
    throw new Error(`setup: dossier user add failed (exit ${result.status}): ${result.stderr.trim()}`);
  }
}

async function signIn(base: string): Promise<{ cookie: string; csrf: string }> {
  const page = await fetch(`${base}/admin/login`);
  const anonymous = cookiesOf(page);
  const form = await page.text();
  const response = await fetch(`${base}/admin/login`, {
    method: 'POST', redirect: 'manual', headers: { 'content-type': FORM, cookie: anonymous },
    body: new URLSearchParams({ _csrf: csrfOf(form), email: EMAIL, password: PASSWORD }),
  });
  if (response.status !== 303) throw new Error(`setup: sign-in answered ${response.status}: ${excerpt(await response.text())}`);
  const cookie = cookiesOf(response);
  return { cookie, csrf: csrfOf(await get(`${base}/admin`, cookie)) };
}

export async function discover(base: string, databaseUrl: string, draftCount: number): Promise<Site> {
  const index = locs(await get(`${base}/sitemap.xml`));
  const sitemaps = ['/sitemap.xml', ...index];
  const found: Record<string, string[]> = {};
  for (const path of index) found[path] = locs(await get(base + path));
  const of = (pattern: RegExp) => Object.entries(found).filter(([path]) => pattern.test(path)).flatMap(([, paths]) => paths);
  const articles = of(/\/articles-\d+\.xml$/);
  const lists = { section: of(/\/sections\.xml$/), tag: of(/\/tags\.xml$/), author: of(/\/authors\.xml$/), static: of(/\/pages\.xml$/).filter((p) => p !== '/') };
  if (articles.length === 0) throw new Error('setup: the article sitemap lists no articles (was the demo content seeded?)');
  const feeds = ['/feed.xml', '/feed.json', '/feed.atom', ...lists.section.slice(0, 2).map((p) => `${p}/feed.xml`), ...lists.tag.slice(0, 2).map((p) => `${p}/feed.json`)];

  const commentForms: Site['commentForms'] = [];
  for (const path of articles) {
    const { document } = parseHTML(await get(base + path));
    const form = [...document.querySelectorAll('form')].find((f) => (f.getAttribute('action') ?? '').endsWith('/comments'));
    const token = form?.querySelector(`input[name="${FIELD.token}"]`)?.getAttribute('value');
    if (form && token) commentForms.push({ action: form.getAttribute('action')!, token });
  }
  if (commentForms.length === 0) throw new Error('setup: no article page shows a comment form');

  // Words from the article addresses, a phrase, a word nothing matches.
  const words = new Set(articles.flatMap((p) => p.split('/').at(-1)!.split('-')).filter((w) => w.length >= 4));
  const searchWords = [...words, 'water supply', 'lead pipes', 'time', 'zzqxvy', 'kessmere water', 'chronometer'];

  await addAdministrator(databaseUrl);
  const { cookie, csrf } = await signIn(base);
  const drafts: Draft[] = [];
  for (let i = 1; i <= draftCount; i++) {
    const title = `Soak draft ${i}`;
    const response = await fetch(`${base}/admin/articles`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': FORM, cookie },
      body: new URLSearchParams({ _csrf: csrf, title, body: `The first text of draft ${i}.`, action: 'save' }),
    });
    const id = Number(/\/admin\/articles\/(\d+)/.exec(response.headers.get('location') ?? '')?.[1]);
    if (response.status !== 303 || !id) throw new Error(`setup: creating a draft answered ${response.status}: ${excerpt(await response.text())}`);
    drafts.push({ id, title, state: 'free', version: (await editorState({ base, cookie }, id)).version });
  }
  const listed = await get(`${base}/admin/articles?status=published`, cookie);
  const publishedId = Number(/href="\/admin\/articles\/(\d+)"/.exec(listed)?.[1]);
  if (!publishedId) throw new Error('setup: the admin lists no published article');
  const published = { id: publishedId, ...(await editorState({ base, cookie }, publishedId)) };
  return { base, articles, lists, sitemaps, feeds, searchWords, commentForms, cookie, csrf, drafts, published };
}


/** A response body as one line of text (tags dropped), for a report. */
export function excerpt(body: string): string {
  return body.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
}

