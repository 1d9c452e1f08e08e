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

/** Who is asking: an anonymous reader, or a signed-in account. */
export type Actor = { kind: 'anonymous' } | UserActor;

/** Whether an actor may use a route; every route declares one (fail closed). */
export type Policy = (actor: Actor) => boolean;

/** True for a signed-in account with one of `roles`. */
export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.kind === 'user' && roles.includes(actor.role);
}
