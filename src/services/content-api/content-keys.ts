import { randomBytes } from 'node:crypto';
import { invalid, notFound, m } from '../../domain/errors.js';
import type { Clock, Store } from '../ports.js';
import type { ContentKey } from './ports.js';

/** What a Content API request is answered with when its key does not open the API. */
export type KeyCheck = 'ok' | 'missing' | 'unknown';

/** The form of a key: Ghost's client refuses anything but 26 hex digits. */
const KEY_FORM = /^[0-9a-f]{26}$/;

/** Content API keys: add, list, revoke, and check one a request sends. */
export function contentKeyServices(store: Store, clock: Clock) {
  return {
    /** A new key for `name` (the front end it is for); its secret is shown once here and in the admin. */
    async add(name: string): Promise<ContentKey> {
      const trimmed = name.trim();
      if (trimmed === '' || trimmed.length > 100) throw invalid(m`A key needs a name of 1 to 100 characters.`, 'name');
      const secret = randomBytes(13).toString('hex');
      const createdAt = clock().toISOString();
      const id = await store.repos.contentKeys.insert({ name: trimmed, secret, createdAt });
      return { id, name: trimmed, secret, createdAt, revokedAt: null };
    },
    list: (): Promise<ContentKey[]> => store.repos.contentKeys.list(),
    /** Revokes a key by id; NotFound when there is no such key that still works. */
    async revoke(id: number): Promise<void> {
      if (!(await store.repos.contentKeys.revoke(id, clock().toISOString()))) throw notFound(m`There is no Content API key #${id} that is not revoked.`);
    },
    /** Whether `key` (the `?key=` of a request) opens the Content API. */
    async check(key: string | undefined): Promise<KeyCheck> {
      if (key === undefined || key === '') return 'missing';
      if (!KEY_FORM.test(key)) return 'unknown';
      return (await store.repos.contentKeys.findActive(key)) ? 'ok' : 'unknown';
    },
  };
}

/** The Content API key services. */
export type ContentKeyServices = ReturnType<typeof contentKeyServices>;
