import type { Services } from '../services/services.js';

/** What route modules are handed by the app. */
export interface RouteDeps {
  services: Services;
  siteUrl: string;
  /** Behind a reverse proxy: take the client address and scheme from X-Forwarded-* headers. */
  trustProxy?: boolean;
}
