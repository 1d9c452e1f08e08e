import type { IntegrationScope } from '../domain/integration-scopes.js';
import type { Role } from '../domain/user.js';

/** A signed-in account, as policies see it. */
export interface UserActor {
  kind: 'user';
  id: number;
  role: Role;
  name: string;
  /** The author page the user writes as, if any. */
  authorId: number | null;
}

/** An app calling the Admin API with an integration key, held to the key's scopes. */
export interface IntegrationActor {
  kind: 'integration';
  tokenId: number;
  name: string;
  scopes: readonly IntegrationScope[];
}

/** Who is asking: an anonymous reader, a signed-in account, or an app with an Admin API key. */
export type Actor = { kind: 'anonymous' } | UserActor | IntegrationActor;

/** Whether an actor may use a route; every route declares one (fail closed). */
export type Policy = (actor: Actor) => boolean;

/** True for a signed-in account with one of `roles`. */
export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.kind === 'user' && roles.includes(actor.role);
}
