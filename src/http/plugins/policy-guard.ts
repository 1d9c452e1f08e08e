import type { FastifyInstance } from 'fastify';
import { forbidden } from '../../domain/errors.js';
import type { Actor, Policy } from '../../policies/policy.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking (set by the session plugin; anonymous when absent). */
    actor: Actor;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route as method and URL pattern (HEAD left out), for walking the whole site. */
    routeList: Array<{ method: string; url: string }>;
  }
  interface FastifyContextConfig {
    /** Who may use this route; a route without one refuses to register. */
    policy?: Policy;
  }
}

const ANONYMOUS: Actor = { kind: 'anonymous' };

/**
 * Authorisation fails closed: registering a route without a declared policy throws at
 * startup, and each request is checked against its route's policy before the handler.
 */
export function installPolicyGuard(app: FastifyInstance): void {
  const routeList: FastifyInstance['routeList'] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    if (typeof route.config?.policy !== 'function') {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no policy; add config.policy.`);
    }
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeList.push({ method, url: route.url });
  });
  // Before the body is read (preParsing): a request that may not use the route costs no upload.
  app.addHook('preParsing', async (request) => {
    // The not-found handler serves the 404 page (and redirects) to anyone.
    if (request.is404) return;
    const policy = request.routeOptions.config.policy;
    // The session plugin sets the actor on admin requests; everywhere else it is anonymous.
    if (!policy || !policy(request.actor ?? ANONYMOUS)) throw forbidden('You may not do this.');
  });
}
