/** Limits how hard we knock on any one site. */
export interface HostGate {
  /** Runs `work` once `host` has a free slot and the delay since the last start has passed. */
  run<T>(host: string, work: () => Promise<T>): Promise<T>;
}

interface HostState {
  active: number;
  nextStart: number;
  waiting: Array<() => void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * At most `perHost` requests at once to one host, and `delayMs` between the starts of two
 * requests to it: a site with fifty cited pages is not hit fifty times at once.
 */
export function createHostGate(options: { perHost: number; delayMs: number }): HostGate {
  const hosts = new Map<string, HostState>();
  const perHost = Math.max(1, options.perHost);

  async function acquire(host: string): Promise<HostState> {
    let state = hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, waiting: [] };
      hosts.set(host, state);
    }
    if (state.active < perHost) state.active += 1;
    else await new Promise<void>((resolve) => state.waiting.push(resolve)); // the slot is handed over
    const start = Math.max(Date.now(), state.nextStart);
    state.nextStart = start + options.delayMs;
    if (start > Date.now()) await sleep(start - Date.now());
    return state;
  }

  function release(host: string, state: HostState): void {
    const next = state.waiting.shift();
    if (next) return next();
    state.active -= 1;
    // Forget idle hosts whose delay has passed, so a long run does not keep every host.
    if (state.active === 0 && state.nextStart <= Date.now()) hosts.delete(host);
  }

  return {
    async run(host, work) {
      const state = await acquire(host);
      try {
        return await work();
      } finally {
        release(host, state);
      }
    },
  };
}
