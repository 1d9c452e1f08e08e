import { citationStyle } from '../../citations/styles/style-registry.js';
import { settingsFromEntries, validateSettingsPatch, type SiteSettings } from '../../domain/settings.js';
import type { Clock, Store } from '../ports.js';
import { RENDER_CITATIONS_JOB } from '../sources/render-citations.js';

/**
 * Changes site settings after checking every value. A new citation style queues every
 * article's notes to be rendered again in it.
 */
export async function updateSettings(store: Store, clock: Clock, patch: Record<string, unknown>): Promise<SiteSettings> {
  const values = validateSettingsPatch(patch);
  if (values.citationStyle !== undefined) citationStyle(values.citationStyle);
  const now = clock().toISOString();
  return store.transaction(async (repos) => {
    const before = settingsFromEntries(await repos.settings.all());
    for (const [key, value] of Object.entries(values)) await repos.settings.set(key, value);
    if (values.citationStyle !== undefined && values.citationStyle !== before.citationStyle) {
      for (const articleId of await repos.articles.idsWithNotes()) {
        await repos.jobs.enqueue({ kind: RENDER_CITATIONS_JOB, payload: { articleId } }, now);
      }
    }
    return settingsFromEntries(await repos.settings.all());
  });
}
