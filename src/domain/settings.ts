import { z } from 'zod';

/** Site-wide settings an administrator can change. */
export interface SiteSettings {
  title: string;
  description: string;
  language: string;
  postsPerPage: number;
  /** Whether feeds carry each article in full or only its excerpt. */
  feedContent: 'full' | 'excerpt';
}

const settingsSchema = z.object({
  title: z.string().min(1).max(200).default('Dossier'),
  description: z.string().max(500).default('Sourced writing, with references that stay checkable.'),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).default('en'),
  postsPerPage: z.coerce.number().int().min(1).max(100).default(10),
  feedContent: z.enum(['full', 'excerpt']).default('full'),
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
