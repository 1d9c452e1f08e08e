import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * The templates a theme may replace, by file name (`templates/<slot>.js`), and the props
 * each one receives; docs/themes.md documents the same table.
 */
export const SLOTS = {
  'article-page': '{ view: ArticlePageView } — the whole article page, layout included',
  'list-page': '{ view: ListPageView } — home, section, tag and author pages, layout included',
  'card-list': '{ cards: CardView[], level: 2 | 3, lead?: boolean, lazyAll?: boolean } — a grid of article cards',
  byline: '{ authors: LinkView[] } — the author names, each linking to the author page',
  'site-header': '{ chrome: ChromeView, head: HeadView } — the header of every public page',
  'site-footer': '{ chrome: ChromeView } — the footer of every public page',
} as const;

/** The name of a template a theme can override. */
export type SlotName = keyof typeof SLOTS;

/** Every slot name, in the order the docs list them. */
export const SLOT_NAMES = Object.keys(SLOTS) as SlotName[];

/** Is `name` a slot a theme can override. */
export function isSlotName(name: string): name is SlotName {
  return Object.hasOwn(SLOTS, name);
}

/** The theme every site has: the built-in templates and site.css alone. */
export const DEFAULT_THEME = 'default';

/** A theme's folder name: lower-case letters, digits and hyphens. */
export const THEME_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** `themes/<name>/theme.json`. */
export const manifestSchema = z.object({
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(300).default(''),
  version: z.string().trim().max(40).optional(),
}).strict();

/** What `theme.json` says about a theme. */
export type ThemeManifest = z.infer<typeof manifestSchema>;

/**
 * Checks a theme's `theme.json` text; the problem names the file and the field, or the
 * manifest when it is sound.
 */
export function parseManifest(file: string, text: string): { manifest: ThemeManifest } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problem: `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = manifestSchema.safeParse(json);
  if (parsed.success) return { manifest: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || (issue && 'keys' in issue ? (issue.keys as string[]).join(', ') : '');
  return { problem: `${file}: ${field ? `"${field}" ` : ''}${issue?.message ?? 'invalid'}` };
}

/**
 * Splits the files of a theme's `templates/` folder into slots it overrides and problems:
 * a file that is not `<slot>.js`, or names no slot, is reported with the names expected.
 */
export function sortTemplateFiles(folder: string, files: string[]): { slots: SlotName[]; problems: string[] } {
  const slots: SlotName[] = [];
  const problems: string[] = [];
  for (const file of [...files].sort()) {
    const name = file.endsWith('.js') ? file.slice(0, -3) : null;
    if (name !== null && isSlotName(name)) slots.push(name);
    else problems.push(`${folder}/${file}: not a template name; expected one of ${SLOT_NAMES.map((s) => `${s}.js`).join(', ')}`);
  }
  return { slots, problems };
}

/** The content-hashed address a theme's stylesheet is served at. */
export function themeCssHref(theme: string, body: string): string {
  return `/theme/${theme}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.css`;
}
