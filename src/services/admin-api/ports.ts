// Ports of the Admin API: its integration keys.
import type { IntegrationScope } from '../../domain/integration-scopes.js';

/** An Admin API integration key as the admin and CLI list it (the secret is shown only when made). */
export interface IntegrationToken {
  id: number;
  name: string;
  /** 24 hex digits; the public half of the key and the `kid` of the app's tokens. */
  keyId: string;
  scopes: IntegrationScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Admin API integration keys. */
export interface IntegrationTokenRepository {
  insert(token: { name: string; keyId: string; secret: string; scopes: IntegrationScope[]; createdAt: string }): Promise<number>;
  list(): Promise<IntegrationToken[]>;
  /** The key with this key id that is not revoked, with its secret, or null. */
  findActive(keyId: string): Promise<(IntegrationToken & { secret: string }) | null>;
  /** Revokes the key (by id); false when there is no such key not revoked yet. */
  revoke(id: number, at: string): Promise<boolean>;
  /** Notes when the key was last used (at most once a minute is worth writing). */
  touch(id: number, at: string): Promise<void>;
}
