import { z } from 'zod';
import { invalid } from './errors.js';

/** Site-wide settings an administrator can change. */
export interface SiteSettings {
  title: string;
  description: string;
  language: string;
  postsPerPage: number;
  /** Name of the citation style notes are rendered in (see citations/styles). */
  citationStyle: string;
  /** IANA time zone the admin shows and reads times in. */
  timeZone: string;
  /** Chosen address pattern for articles; stored, not yet applied (articles use /year/month/slug). */
  permalinkPattern: string;
}

/** Article address patterns an administrator can choose. */
export const PERMALINK_PATTERNS = ['/:year/:month/:slug', '/:year/:slug', '/:section/:slug', '/:slug'] as const;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const settingsSchema = z.object({
  title: z.string().min(1).max(200).default('Dossier'),
  description: z.string().max(500).default('Sourced writing, with references that stay checkable.'),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).default('en'),
  postsPerPage: z.coerce.number().int().min(1).max(100).default(10),
  citationStyle: z.string().regex(/^[a-z0-9-]{1,64}$/).default('chicago-notes-bibliography'),
  timeZone: z.string().max(64).refine(isTimeZone, 'not a known time zone such as Europe/London').default('UTC'),
  permalinkPattern: z.enum(PERMALINK_PATTERNS).default('/:year/:month/:slug'),
});

/** Default settings of a new site. */
export const DEFAULT_SETTINGS: SiteSettings = Object.freeze(settingsSchema.parse({}));

/** Settings from stored key/value pairs; unknown keys are ignored, bad values fall back to defaults. */
export function settingsFromEntries(entries: Record<string, unknown>): SiteSettings {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(settingsSchema.shape) as Array<keyof typeof settingsSchema.shape>) {
    const parsed = settingsSchema.shape[key].safeParse(entries[key]);
    result[key] = parsed.success ? parsed.data : DEFAULT_SETTINGS[key];
  }
  return result as unknown as SiteSettings;
}

/** The names of every setting. */
export const SETTING_KEYS: readonly string[] = Object.keys(settingsSchema.shape);

/**
 * Checks a change to the settings: an unknown key or a bad value is an error naming the
 * setting (never silently replaced by a default).
 */
export function validateSettingsPatch(patch: Record<string, unknown>): Partial<SiteSettings> {
  const shape = settingsSchema.shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const field = shape[key];
    if (!field) throw invalid(`Unknown setting "${key}". Settings are: ${SETTING_KEYS.join(', ')}.`, key);
    const parsed = field.safeParse(value);
    if (!parsed.success) throw invalid(`${key}: ${parsed.error.issues[0]?.message ?? 'invalid value'} (got ${JSON.stringify(value)}).`, key);
    out[key] = parsed.data;
  }
  return out as Partial<SiteSettings>;
}
