import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../route-deps.js';
import { registerAdminAssetRoutes } from './admin-assets.js';
import { registerArticleAdminRoutes } from './articles.js';
import { registerEditorApiRoutes } from './editor-api.js';
import { registerMediaRoutes } from './media.js';
import { registerRevisionRoutes } from './revisions.js';
import { registerSettingsRoutes } from './settings.js';
import { registerCommentAdminRoutes } from './comments.js';
import { registerSignInRoutes } from './sign-in.js';
import { registerStructureRoutes } from './structure.js';
import { registerUserRoutes } from './users.js';

/** Every admin route (and the public media files), in one place for app.ts. */
export function registerAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  registerAdminAssetRoutes(app);
  registerSignInRoutes(app, deps);
  registerArticleAdminRoutes(app, deps);
  registerEditorApiRoutes(app, deps);
  registerRevisionRoutes(app, deps);
  registerMediaRoutes(app, deps);
  registerStructureRoutes(app, deps);
  registerSettingsRoutes(app, deps);
  registerCommentAdminRoutes(app, deps);
  registerUserRoutes(app, deps);
}
