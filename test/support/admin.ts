import type { LightMyRequestResponse } from 'fastify';
import { parseHTML } from 'linkedom';
import type { Role } from '../../src/domain/user.js';
import type { TestSite } from './site.js';

/** A signed-in admin session for inject(): its cookie and CSRF token. */
export interface AdminSession {
  cookie: string;
  csrf: string;
  userId: number;
  get(url: string): Promise<LightMyRequestResponse>;
  /** POSTs a form; the CSRF token is added unless `csrf: false`. */
  post(url: string, form: Record<string, string | string[]>, options?: { csrf?: boolean | string }): Promise<LightMyRequestResponse>;
  json(url: string, body: unknown): Promise<LightMyRequestResponse>;
}

/** A password long enough for the rules. */
export const PASSWORD = 'a long test password';

/** URL-encodes a form, repeating keys for lists. */
export function encodeForm(form: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  return params.toString();
}

/** Cookies a response sets, as one Cookie header (name=value; …). */
export function cookiesOf(response: LightMyRequestResponse): string {
  const set = response.headers['set-cookie'];
  const list = Array.isArray(set) ? set : set ? [set] : [];
  return list.map((c) => c.split(';')[0]).filter((c) => !c!.endsWith('=')).join('; ');
}

/** The `_csrf` value of the first form in an HTML page. */
export function csrfOf(html: string): string {
  const { document } = parseHTML(html);
  return document.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';
}

/** Signs in through the login form and returns a session to drive the admin with. */
export async function signIn(site: TestSite, email: string, password = PASSWORD, ip = '10.9.8.7'): Promise<AdminSession> {
  const page = await site.inject({ method: 'GET', url: '/admin/login', remoteAddress: ip });
  const anonymousCookie = cookiesOf(page);
  const response = await site.inject({
    method: 'POST', url: '/admin/login', remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: anonymousCookie },
    payload: encodeForm({ _csrf: csrfOf(page.body), email, password }),
  });
  if (response.statusCode !== 303) throw new Error(`sign-in failed: ${response.statusCode} ${response.body.slice(0, 300)}`);
  const cookie = cookiesOf(response);
  const dashboard = await site.inject({ method: 'GET', url: '/admin', headers: { cookie } });
  const csrf = csrfOf(dashboard.body);
  const user = (await site.services.accounts.list()).find((u) => u.email === email.toLowerCase())!;
  return {
    cookie,
    csrf,
    userId: user.id,
    get: (url) => site.inject({ method: 'GET', url, headers: { cookie } }),
    post: (url, form, options = {}) => {
      const token = options.csrf === false ? undefined : typeof options.csrf === 'string' ? options.csrf : csrf;
      return site.inject({
        method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        payload: encodeForm({ ...(token === undefined ? {} : { _csrf: token }), ...form }),
      });
    },
    json: (url, body) => site.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf }, payload: JSON.stringify(body) }),
  };
}

/** Creates an account with a role (linked to an author page when given) and signs it in. */
export async function userWithRole(site: TestSite, role: Role, authorSlug?: string): Promise<AdminSession> {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  await site.services.accounts.add({ email, name: `${role[0]!.toUpperCase()}${role.slice(1)} Person`, role, password: PASSWORD, authorSlug: authorSlug ?? null });
  return signIn(site, email);
}

/** A multipart/form-data body with text fields and one file. */
export function multipartBody(fields: Record<string, string>, file: { field: string; filename: string; type: string; bytes: Buffer }): { payload: Buffer; contentType: string } {
  const boundary = `----dossier${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`));
  parts.push(file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
