import { slugify } from '../../domain/slug.js';

/** Why common Hugo and Jekyll front matter keys are not imported, said to the user. */
export const UNUSED_KEYS: Record<string, string> = {
  layout: 'is a theme setting (Dossier has one layout per kind)',
  type: 'is a theme setting',
  weight: 'orders a Hugo list; Dossier orders by date',
  categories: 'is not imported (use "section" for the section, "tags" for tags)',
  category: 'is not imported (use "section" for the section)',
  image: 'names an image file, which a Markdown import does not bring in',
  cover: 'names an image file, which a Markdown import does not bring in',
  featured_image: 'names an image file, which a Markdown import does not bring in',
  toc: 'is a theme setting (Dossier shows no table of contents)',
  comments: 'is a theme setting; comments follow the site settings',
  expiryDate: 'has no Dossier equivalent (articles do not expire)',
  keywords: 'is not imported (use "tags")',
  url: 'is not imported (use "aliases" to redirect old URLs)',
};

/** A section path such as `News/Local` as its names from the top: ['News', 'Local']. */
export function sectionPath(value: string): string[] {
  return value.split('/').map((s) => s.trim()).filter(Boolean);
}

/** The slug of a section name. */
export function sectionSlug(name: string): string {
  return slugify(name) || name;
}

/** An alias or redirect_from as a site path (`/old/` or a full URL → its path); null, with a warning, when it is not one. */
export function pathOf(value: string, warnings: string[]): string | null {
  let path = value.trim();
  if (/^https?:\/\//i.test(path)) {
    try {
      path = new URL(path).pathname;
    } catch {
      path = '';
    }
  } else if (!path.startsWith('/')) path = `/${path}`;
  if (!/^\/\S*$/.test(path) || path === '/') {
    warnings.push(`the old address "${value}" is not a path on the site; no redirect was made for it`);
    return null;
  }
  return path;
}
