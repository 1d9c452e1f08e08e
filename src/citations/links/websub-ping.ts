import { outboundOf, type LinkCheckerOptions } from './link-checker.js';

/** Tells a WebSub hub that a feed changed. */
export interface HubPinger {
  /** POSTs `hub.mode=publish&hub.url=TOPIC` to `hub`; throws unless the hub answers 2xx. */
  publish(hub: string, topic: string): Promise<void>;
}

/**
 * A pinger through the guarded outbound fetch (OUTBOUND_ALLOW applies as to link checks):
 * one POST per topic, no redirects followed, 10 s at most.
 */
export function createHubPinger(options: Pick<LinkCheckerOptions, 'outbound' | 'outboundAllow' | 'resolve' | 'timeoutMs' | 'siteUrl'> = {}): HubPinger {
  const fetch = outboundOf(options);
  return {
    async publish(hub, topic) {
      const response = await fetch(hub, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'user-agent': `DossierWebSub/1.0${options.siteUrl ? ` (+${options.siteUrl})` : ''}`,
        },
        body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic }).toString(),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        redirect: 'manual',
      });
      await response.body?.cancel();
      if (response.status < 200 || response.status > 299) throw new Error(`The hub ${hub} answered ${response.status} to the ping for ${topic}.`);
    },
  };
}
