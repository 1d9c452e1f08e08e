// Lowercase letters of any script (WordPress keeps Unicode slugs such as "επίπεδο-2"),
// digits, and single hyphens between them.
const SLUG_PART = '[\\p{Ll}\\p{Lo}\\p{Lm}\\p{Mn}\\p{Nd}]+';
const SLUG_PATTERN = new RegExp(`^${SLUG_PART}(?:-${SLUG_PART})*$`, 'u');

/** Turns a title into a URL slug: lowercase ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '');
}

/** Whether `slug` is a well-formed slug (lowercase letters of any script, digits, single hyphens). */
export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= 200 && SLUG_PATTERN.test(slug);
}
