import { INTEGRATION_SCOPES, ALL_SCOPES } from '../../domain/integration-scopes.js';
import type { IntegrationToken } from '../../services/admin-api/ports.js';
import { t } from '../i18n/translate.js';
import { presentForm } from './admin-chrome.js';
import type { AdminChromeView, FormView, OptionView } from './admin-view-models.js';

/** The Admin API integrations screen: each key with its scopes and state, a key just made, and the form to add one. */
export interface IntegrationsView {
  chrome: AdminChromeView;
  tokens: Array<{ id: number; name: string; keyId: string; scopes: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null; revokeAction: string | null }>;
  /** The key just made (`id:secret`): shown this once. */
  created: { name: string; key: string } | null;
  scopeOptions: OptionView[];
  apiPath: string;
  form: FormView;
}

/** A scope's key in the locale files: `posts:write` → `postsWrite` (i18next reads `:` as a namespace). */
export function scopeKey(scope: string): string {
  return scope.replace(/:(\w)/, (_, letter: string) => letter.toUpperCase());
}

/** Keys newest first; revoked ones stay listed, without a revoke button. */
export function presentIntegrations(chrome: AdminChromeView, tokens: IntegrationToken[], options: { form?: FormView; created?: { name: string; key: string } } = {}): IntegrationsView {
  return {
    chrome,
    tokens: [...tokens].reverse().map((t) => ({
      id: t.id, name: t.name, keyId: t.keyId, scopes: t.scopes.join(', '), createdAt: t.createdAt, lastUsedAt: t.lastUsedAt, revokedAt: t.revokedAt,
      revokeAction: t.revokedAt ? null : `/admin/settings/integrations/${t.id}/revoke`,
    })),
    created: options.created ?? null,
    // Each scope by its name (what the API and the CLI take) and what it allows, in the admin's language.
    scopeOptions: ALL_SCOPES.map((s) => ({ value: s, label: `${s}: ${t(chrome.locale, `admin.integrations.scope.${scopeKey(s)}`, { defaultValue: INTEGRATION_SCOPES[s] })}` })),
    apiPath: '/ghost/api/admin/',
    form: options.form ?? presentForm(),
  };
}
