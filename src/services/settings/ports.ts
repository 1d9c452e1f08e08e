// Ports of site settings.


/** Site settings as stored key/value pairs. */
export interface SettingsRepository {
  all(): Promise<Record<string, unknown>>;
  set(key: string, value: unknown): Promise<void>;
}
