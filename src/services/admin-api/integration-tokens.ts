import { randomBytes } from 'node:crypto';
import { invalid, notFound, m } from '../../domain/errors.js';
import { readIntegrationToken, verifyIntegrationToken } from '../../domain/integration-jwt.js';
import { ALL_SCOPES, parseScopes, type IntegrationScope } from '../../domain/integration-scopes.js';
import type { Clock, Store } from '../ports.js';
import type { IntegrationToken } from './ports.js';

/** A key just made: its record and the full key (`keyId:secret`), shown this once. */
export interface NewIntegrationToken {
  token: IntegrationToken;
  key: string;
}

/** The outcome of checking a request's Authorization header. */
export type Authentication = { ok: true; token: IntegrationToken } | { ok: false; reason: string };

/** Scopes from a list or a comma-separated string; refuses unknown names and an empty set. */
export function requireScopes(raw: string | readonly string[]): IntegrationScope[] {
  const { scopes, unknown } = parseScopes(typeof raw === 'string' ? raw : raw.join(','));
  if (unknown.length > 0) throw invalid(m`Unknown scope ${unknown.map((u) => JSON.stringify(u)).join(', ')}; use any of: ${ALL_SCOPES.join(', ')}.`, 'scopes');
  if (scopes.length === 0) throw invalid(m`Give the key at least one scope: ${ALL_SCOPES.join(', ')}.`, 'scopes');
  return scopes;
}

/** Admin API integration keys: add, list, revoke, and authenticate a request's token. */
export function integrationTokenServices(store: Store, clock: Clock) {
  const { repos } = store;
  return {
    /** A new key for `name` with `scopes`; the secret is in `key` here and nowhere else. */
    async add(name: string, scopes: string | readonly string[]): Promise<NewIntegrationToken> {
      const trimmed = name.trim();
      if (trimmed === '' || trimmed.length > 100) throw invalid(m`A key needs a name of 1 to 100 characters.`, 'name');
      const granted = requireScopes(scopes);
      const keyId = randomBytes(12).toString('hex');
      const secret = randomBytes(32).toString('hex');
      const createdAt = clock().toISOString();
      const id = await repos.integrationTokens.insert({ name: trimmed, keyId, secret, scopes: granted, createdAt });
      return { token: { id, name: trimmed, keyId, scopes: granted, createdAt, lastUsedAt: null, revokedAt: null }, key: `${keyId}:${secret}` };
    },
    list: (): Promise<IntegrationToken[]> => repos.integrationTokens.list(),
    /** Revokes a key by id; NotFound when there is no such key that still works. */
    async revoke(id: number): Promise<void> {
      if (!(await repos.integrationTokens.revoke(id, clock().toISOString()))) throw notFound(m`There is no Admin API key #${id} that is not revoked.`);
    },
    /** Checks `Authorization: Ghost <JWT>`: a key that works, and a token it signed that is still valid. */
    async authenticate(header: string | undefined): Promise<Authentication> {
      const read = readIntegrationToken(header);
      if ('ok' in read) return read;
      const found = await repos.integrationTokens.findActive(read.keyId);
      if (!found) return { ok: false, reason: 'The Admin API key is unknown or has been revoked.' };
      const now = clock();
      const verified = verifyIntegrationToken(read, found.secret, now);
      if (!verified.ok) return verified;
      const { secret: _secret, ...token } = found;
      // Written at most once a minute: a busy app should not turn every read into a write.
      if (!token.lastUsedAt || now.getTime() - Date.parse(token.lastUsedAt) > 60_000) await repos.integrationTokens.touch(token.id, now.toISOString());
      return { ok: true, token };
    },
  };
}

/** The integration key services. */
export type IntegrationTokenServices = ReturnType<typeof integrationTokenServices>;
