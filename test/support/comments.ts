import type { LightMyRequestResponse } from 'fastify';
import { parseHTML } from 'linkedom';
import type { HostileInput } from '../fixtures/hostile-comments.js';
import type { TestSite } from './site.js';

/** Form fields of a comment post; anything left out gets a valid default. */
export interface CommentPost {
  author?: string;
  email?: string;
  url?: string;
  comment?: string;
  parent?: string;
  remember?: string;
  website?: string;
  t?: string;
}

/** The signed form token of an article page (what a browser would send back). */
export async function formTokenOf(site: TestSite, path: string): Promise<string> {
  const response = await site.inject(path);
  const { document } = parseHTML(response.body);
  const token = document.querySelector('form.comment-form input[name="t"]')?.getAttribute('value');
  if (!token) throw new Error(`${path} has no comment form (status ${response.statusCode})`);
  return token;
}

/** Cookie header value from a response's Set-Cookie headers. */
export function cookiesOf(response: LightMyRequestResponse): string {
  return response.cookies.filter((c) => c.value !== '').map((c) => `${c.name}=${c.value}`).join('; ');
}

/** POSTs the comment form of `path` as a browser without JavaScript would. */
export async function postComment(
  site: TestSite,
  path: string,
  fields: CommentPost,
  options: { ip?: string; cookie?: string; token?: string } = {},
): Promise<LightMyRequestResponse> {
  const t = fields.t ?? options.token ?? (await formTokenOf(site, path));
  const form = { author: 'Rosa Diaz', email: 'rosa@example.org', url: '', comment: 'A careful reading.', parent: '', ...fields, t };
  return site.inject({
    method: 'POST',
    url: `${path}/comments`,
    remoteAddress: options.ip ?? '203.0.113.7',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(options.cookie ? { cookie: options.cookie } : {}) },
    payload: new URLSearchParams(form as Record<string, string>).toString(),
  });
}

/** Service input for one hostile entry on the article `hostile` (other fields benign), as the form would send it. */
export function hostileInput(entry: HostileInput, token: string) {
  return {
    articleSlug: 'hostile', parentId: null, name: 'Hostile tester', email: 'hostile@example.org', website: '', body: 'Benign text.',
    [entry.field]: entry.value,
    honeypot: '', formToken: token, ip: '203.0.113.66', viewerToken: null,
  };
}
