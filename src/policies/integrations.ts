import type { IntegrationScope } from '../domain/integration-scopes.js';
import type { Policy } from './policy.js';

/** Any app with a valid Admin API key (reads of posts, pages, tags, authors and sections). */
export const anyIntegration: Policy = (actor) => actor.kind === 'integration';

/** An app whose key holds `scope`. */
export const integrationWith = (scope: IntegrationScope): Policy => (actor) => actor.kind === 'integration' && actor.scopes.includes(scope);
