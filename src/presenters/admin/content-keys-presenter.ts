import type { ContentKey } from '../../services/content-api/ports.js';
import { presentForm } from './admin-chrome.js';
import type { AdminChromeView, FormView } from './admin-view-models.js';

/** The Content API keys screen: each key with its state, and the form to add one. */
export interface ContentKeysView {
  chrome: AdminChromeView;
  keys: Array<{ id: number; name: string; secret: string; createdAt: string; revokedAt: string | null; revokeAction: string | null }>;
  /** Where the API answers, for the hint beside the keys. */
  apiPath: string;
  form: FormView;
}

/** Keys newest first; revoked ones stay listed, without a revoke button. */
export function presentContentKeys(chrome: AdminChromeView, keys: ContentKey[], form: FormView = presentForm()): ContentKeysView {
  return {
    chrome,
    keys: [...keys].reverse().map((k) => ({
      id: k.id, name: k.name, secret: k.secret, createdAt: k.createdAt, revokedAt: k.revokedAt,
      revokeAction: k.revokedAt ? null : `/admin/settings/keys/${k.id}/revoke`,
    })),
    apiPath: '/ghost/api/content/',
    form,
  };
}
