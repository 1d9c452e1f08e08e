/** Who is asking. Readers are anonymous until accounts arrive. */
export type Actor = { kind: 'anonymous' };

/** Whether an actor may use a route; every route declares one (fail closed). */
export type Policy = (actor: Actor) => boolean;
