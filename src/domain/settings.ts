import { z } from 'zod';
import { invalid, m } from './errors.js';
import { issueMessage, ownMessage, schemaMessage } from './schema-messages.js';
import { commentSettingsShape, type CommentSettings } from './comment-settings.js';
import { accentColourProblem, CUSTOM_CSS_MAX, normaliseHexColour } from './branding.js';
import { isMenuUrl, menuSchema, type MenuItem } from './menu.js';
import { captureSettingsShape, type CaptureSettings } from './capture.js';
import { policySettingsShape, type PolicySettings } from './policy-settings.js';

/** Site-wide settings an administrator can change. */
export interface SiteSettings extends CommentSettings, CaptureSettings, PolicySettings {
  title: string;
  description: string;
  language: string;
  postsPerPage: number;
  /** Name of the citation style notes are rendered in (see citations/styles). */
  citationStyle: string;
  /** A failing link is `dead` after this many failures in a row… */
  linkDeadAfterFailures: number;
  /** …spanning at least this many days. */
  linkDeadAfterDays: number;
  /** The server re-checks each cited link this often (0: never on its own). */
  linkCheckIntervalDays: number;
  /** Hosts (and their subdomains) whose 401/402/403 means a paywall, not a dead link. */
  paywalledHosts: string[];
  /** Keep our own copy of every cited page when an article is published. */
  snapshotOnPublish: boolean;
  /** Whether feeds carry each article in full or only its excerpt. */
  feedContent: 'full' | 'excerpt';
  /** IANA time zone the admin shows and reads times in. */
  timeZone: string;
  /** Chosen address pattern for articles; stored, not yet applied (articles use /year/month/slug). */
  permalinkPattern: string;
  /** WebSub hub the feeds name (rel="hub") and publishing pings; '' for none. */
  websubHub: string;
  /** The header menu the owner chose; null shows the first few top-level sections. */
  primaryMenu: MenuItem[] | null;
  /** The footer menu the owner chose; null shows the standalone pages. */
  footerMenu: MenuItem[] | null;
  /** Address of the logo shown in the header instead of the title ('' for none). */
  logoUrl: string;
  /** Pixel size of the logo image, so the header reserves its room (0: not known). */
  logoWidth: number;
  logoHeight: number;
  /** Folder name of the theme under the themes folder ('default': the built-in templates alone). */
  theme: string;
  /** Link and focus colour of the light scheme, `#rrggbb` ('' keeps the theme's). */
  accentColor: string;
  /** CSS added after the theme's own ('' for none). */
  customCss: string;
  /** A line shown in every page's footer ('' shows the site description). */
  footerText: string;
  /** Sections (slug paths) whose newest articles the front page shows in blocks of their own. */
  homeSections: string[];
  /** Persian (fa) pages date in the Solar Hijri calendar (true) or the Gregorian one. */
  persianCalendar: boolean;
  /** Digits of Arabic-script pages: the locale's default, always Latin (123), or always the script's own (١٢٣, ۱۲۳). */
  digits: 'locale' | 'latin' | 'native';
  /**
   * Slugs of the sections the header links to, in order; null: every top-level section.
   * Imports set it (when unset) to the few sections with most articles, so that a site
   * with dozens of imported categories does not get dozens of header links.
   */
  navigationSections: string[] | null;
  /** Languages the site publishes in besides `language` (BCP 47 tags). */
  languages: string[];
  /** Articles in the other languages live under `/{lang}/`, each language with its home, lists and feeds. */
  languagePrefixes: boolean;
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

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** Well-known news and journal sites that answer 401/402/403 to readers without a subscription. */
const DEFAULT_PAYWALLED_HOSTS = [
  'nytimes.com', 'wsj.com', 'ft.com', 'washingtonpost.com', 'economist.com', 'bloomberg.com',
  'thetimes.co.uk', 'telegraph.co.uk', 'newyorker.com', 'theatlantic.com', 'wired.com', 'latimes.com',
  'bostonglobe.com', 'barrons.com', 'hbr.org', 'foreignaffairs.com', 'businessinsider.com',
  'theaustralian.com.au', 'lemonde.fr', 'spiegel.de', 'nzz.ch', 'haaretz.com', 'nikkei.com',
  'jstor.org', 'sciencedirect.com', 'onlinelibrary.wiley.com', 'link.springer.com',
];

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const settingsSchema = z.object({
  title: z.string().min(1).max(200).default('Dossier'),
  description: z.string().max(500).default('Sourced writing, with references that stay checkable.'),
  language: z.string().regex(LANGUAGE_TAG).default('en'),
  postsPerPage: z.coerce.number().int().min(1).max(100).default(10),
  citationStyle: z.string().regex(/^[a-z0-9-]{1,64}$/).default('chicago-notes-bibliography'),
  linkDeadAfterFailures: z.coerce.number().int().min(1).max(100).default(3),
  linkDeadAfterDays: z.coerce.number().min(0).max(365).default(3),
  linkCheckIntervalDays: z.coerce.number().min(0).max(365).default(7),
  paywalledHosts: z.array(z.string().min(1).max(253)).max(1000).default(() => [...DEFAULT_PAYWALLED_HOSTS]),
  snapshotOnPublish: z.boolean().default(false),
  ...commentSettingsShape,
  feedContent: z.enum(['full', 'excerpt']).default('full'),
  timeZone: z.string().max(64).refine(isTimeZone, schemaMessage(m`not a known time zone such as Europe/London`)).default('UTC'),
  permalinkPattern: z.enum(PERMALINK_PATTERNS).default('/:year/:month/:slug'),
  websubHub: z.string().trim().max(2048)
    .refine((url) => url === '' || isHttpUrl(url), schemaMessage(m`must be an http(s) address such as https://pubsubhubbub.appspot.com/, or empty`))
    .default(''),
  primaryMenu: menuSchema.default(null),
  footerMenu: menuSchema.default(null),
  logoUrl: z.string().trim().max(2048)
    .refine((url) => url === '' || isMenuUrl(url), schemaMessage(m`must be a site path such as /media/logo.png or an http(s) address, or empty`))
    .default(''),
  logoWidth: z.coerce.number().int().min(0).max(20000).default(0),
  logoHeight: z.coerce.number().int().min(0).max(20000).default(0),
  theme: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, schemaMessage(m`must be the folder name of an installed theme, such as broadsheet, or default`)).default('default'),
  accentColor: z.string().trim()
    .superRefine((value, ctx) => {
      const problem = accentColourProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.text, params: ownMessage(problem) });
    })
    .transform((value) => (value === '' ? '' : normaliseHexColour(value) ?? ''))
    .default(''),
  customCss: z.string().max(CUSTOM_CSS_MAX, schemaMessage(m`holds at most ${CUSTOM_CSS_MAX} characters`)).default(''),
  footerText: z.string().trim().max(300).default(''),
  homeSections: z.array(z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, schemaMessage(m`must be section slug paths such as news or news/local`))).max(6, schemaMessage(m`at most 6 sections`)).default([]),
  persianCalendar: z.boolean().default(true),
  digits: z.enum(['locale', 'latin', 'native']).default('locale'),
  ...captureSettingsShape,
  ...policySettingsShape,
  navigationSections: z.array(z.string().min(1).max(200)).max(50).nullable().default(null),
  languages: z.array(z.string().regex(LANGUAGE_TAG, schemaMessage(m`each must be a language tag such as fr, ar or pt-BR`))).max(50)
    .transform((tags) => [...new Set(tags)]).default([]),
  languagePrefixes: z.boolean().default(false),
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
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      // The English names the setting and the value; a translation (shown beside the field) says what is wrong.
      const { template, values } = issueMessage(issue);
      throw invalid({ text: `${key}: ${issue.message} (got ${JSON.stringify(value)}).`, template, values }, key);
    }
    out[key] = parsed.data;
  }
  return out as Partial<SiteSettings>;
}
