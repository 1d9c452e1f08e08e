import type { Store } from '../ports.js';

/** How long a readiness check waits for the database: load balancers probe often and time out themselves. */
export const READY_TIMEOUT_MS = 2000;

/** Whether this process can serve: for readiness probes (liveness needs no service). */
export function createHealthServices(store: Store) {
  return {
    /** Resolves when the database answers a trivial query; throws UnavailableError otherwise. */
    databaseReady: (timeoutMs = READY_TIMEOUT_MS) => store.ping(timeoutMs),
  };
}

/** The health services. */
export type HealthServices = ReturnType<typeof createHealthServices>;
