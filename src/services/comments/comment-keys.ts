import { createHash, createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import type { Store } from '../ports.js';

/** Secrets of the comment system, derived from one salt. */
export interface CommentKeys {
  /** Salt of the IP address hashes. */
  ipSalt: string;
  /** Signs the timestamp in the comment form, so its fill time cannot be forged. */
  formKey: Buffer;
}

/** Settings key under which a generated salt is kept when IP_HASH_SALT is not set. */
export const IP_SALT_SETTING = 'ipHashSalt';

/**
 * Loads the comment keys once: from IP_HASH_SALT when configured, else from the settings
 * table, generating and storing a salt on first use so hashes survive restarts.
 */
export function commentKeyLoader(store: Store, configuredSalt: string | null | undefined): CommentKeyLoader {
  let loading: Promise<CommentKeys> | undefined;
  let loaded: CommentKeys | null = null;
  async function load(): Promise<CommentKeys> {
    let salt = configuredSalt || null;
    if (!salt) {
      const stored = (await store.repos.settings.all())[IP_SALT_SETTING];
      salt = typeof stored === 'string' && stored.length >= 16 ? stored : null;
    }
    if (!salt) {
      await store.repos.settings.set(IP_SALT_SETTING, randomBytes(32).toString('hex'));
      // Read back: if another process stored one at the same moment, both use the survivor.
      salt = String((await store.repos.settings.all())[IP_SALT_SETTING]);
    }
    loaded = { ipSalt: salt, formKey: createHmac('sha256', salt).update('comment-form-token').digest() };
    return loaded;
  }
  const keys = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return Object.assign(keys, { now: () => loaded });
}

/** The comment keys, loaded once; `now()` has them at once after the first load (else null). */
export type CommentKeyLoader = (() => Promise<CommentKeys>) & { now(): CommentKeys | null };

/** The salted hash under which an IP address is stored (the address itself never is). */
export function hashIp(keys: CommentKeys, ip: string): string {
  return createHmac('sha256', keys.ipSalt).update(ip).digest('hex');
}

// The form key as a key object, made once: every article page signs a token, and preparing
// the key from its bytes was half the cost of signing.
const formKeyObjects = new WeakMap<Buffer, KeyObject>();

function formKeyObject(key: Buffer): KeyObject {
  let made = formKeyObjects.get(key);
  if (!made) {
    made = createSecretKey(key);
    formKeyObjects.set(key, made);
  }
  return made;
}

function sign(keys: CommentKeys, articleId: number, issuedAt: number): string {
  return createHmac('sha256', formKeyObject(keys.formKey)).update(`${articleId}.${issuedAt}`).digest('base64url');
}

/** A token for the comment form of one article: when it was shown, signed. */
export function issueFormToken(keys: CommentKeys, articleId: number, now: Date): string {
  return `${now.getTime()}.${sign(keys, articleId, now.getTime())}`;
}

/** Seconds since the form was shown, or null when the token is missing, forged or from another article. */
export function formFillSeconds(keys: CommentKeys, articleId: number, token: string, now: Date): number | null {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(keys, articleId, issuedAt));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const seconds = (now.getTime() - issuedAt) / 1000;
  return seconds < 0 ? null : seconds;
}

/** A random token for a commenter's browser; it lets them see their own pending comments. */
export function newViewerToken(): string {
  return randomBytes(24).toString('base64url');
}

/** What is stored of a viewer token: its hash, so a database reader cannot impersonate anyone. */
export function hashViewerToken(token: string | null | undefined): string | null {
  if (!token || !/^[A-Za-z0-9_-]{32}$/.test(token)) return null;
  return createHash('sha256').update(token).digest('hex');
}
