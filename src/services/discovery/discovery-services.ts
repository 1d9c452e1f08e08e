import type { Clock, Store } from '../ports.js';
import { rebuildDerived } from './rebuild-derived.js';

/** Lists, counts and related lists, bound to one store and clock. */
export function createDiscoveryServices(store: Store, clock: Clock) {
  return {
    /** Recomputes every list with its count and every "You may also like" list (`dossier related rebuild`). */
    rebuild: () => rebuildDerived(store, clock),
  };
}

/** The discovery services. */
export type DiscoveryServices = ReturnType<typeof createDiscoveryServices>;
