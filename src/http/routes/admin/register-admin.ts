import type { FastifyInstance } from 'fastify';
import { routeDeps, type AppDeps } from '../../route-deps.js';
import { registerAdminAssetRoutes } from './admin-assets.js';
import { registerArticleAdminRoutes } from './articles.js';
import { registerEditorApiRoutes } from './editor-api.js';
import { registerAddSourceRoutes } from './add-source.js';
import { registerMediaRoutes } from './media.js';
import { registerRevisionRoutes } from './revisions.js';
import { registerSettingsRoutes } from './settings.js';
import { registerAppearanceRoutes } from './appearance.js';
import { registerTranslationRoutes } from './translations.js';
import { registerCommentAdminRoutes } from './comments.js';
import { registerContentKeyRoutes } from './content-keys.js';
import { registerIntegrationRoutes } from './integrations.js';
import { registerSignInRoutes } from './sign-in.js';
import { registerStructureRoutes } from './structure.js';
import { registerUserRoutes } from './users.js';
import { registerAccountRoutes } from './account.js';
import { registerWebhookRoutes } from './webhooks.js';

/** Every admin route (and the public media files), in one place for app.ts. */
export function registerAdminRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerAdminAssetRoutes(app);
  registerSignInRoutes(app, routeDeps(deps, 'accounts'));
  registerArticleAdminRoutes(app, routeDeps(deps, 'articles'));
  registerEditorApiRoutes(app, routeDeps(deps, 'articles'));
  registerAddSourceRoutes(app, routeDeps(deps, 'addSource'));
  registerRevisionRoutes(app, routeDeps(deps, 'articles'));
  registerTranslationRoutes(app, routeDeps(deps, 'articles'));
  registerMediaRoutes(app, routeDeps(deps, 'media'));
  registerStructureRoutes(app, routeDeps(deps, 'structure'));
  registerSettingsRoutes(app, routeDeps(deps, 'settings'));
  registerAppearanceRoutes(app, routeDeps(deps, 'settings', 'structure', 'reader', 'media'));
  registerContentKeyRoutes(app, routeDeps(deps, 'contentApi'));
  registerWebhookRoutes(app, routeDeps(deps, 'webhooks'));
  registerIntegrationRoutes(app, routeDeps(deps, 'adminApi'));
  registerCommentAdminRoutes(app, routeDeps(deps, 'comments'));
  registerUserRoutes(app, routeDeps(deps, 'accounts'));
  registerAccountRoutes(app, routeDeps(deps, 'accounts'));
}
