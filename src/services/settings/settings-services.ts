import { settingsFromEntries } from '../../domain/settings.js';
import type { Clock, Store } from '../ports.js';
import { updateSettings } from './update-settings.js';

/** Site settings, bound to one store and clock. */
export function createSettingsServices(store: Store, clock: Clock) {
  return {
    get: async () => settingsFromEntries(await store.repos.settings.all()),
    update: (patch: Record<string, unknown>) => updateSettings(store, clock, patch),
  };
}

/** The settings services. */
export type SettingsServices = ReturnType<typeof createSettingsServices>;
