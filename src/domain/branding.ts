import { createHash } from 'node:crypto';
import { m, type Message } from './errors.js';

/** The page background links sit on in the light scheme (site.css `--bg`). */
export const LIGHT_BACKGROUND = '#fdfcf9';
/** WCAG 2.2 AA contrast for body-size text, which links are. */
export const MIN_LINK_CONTRAST = 4.5;
/** Largest custom stylesheet a site may set. */
export const CUSTOM_CSS_MAX = 50_000;

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#abc` → `#aabbcc`, lower case; null when not a hex colour. */
export function normaliseHexColour(text: string): string | null {
  const value = text.trim();
  if (!HEX.test(value)) return null;
  const digits = value.slice(1).toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Why an accent colour cannot be used, or null when it can: it must be a hex colour that
 * links in that colour stay readable on the light page (4.5:1).
 */
export function accentColourProblem(text: string): Message | null {
  if (text.trim() === '') return null;
  const hex = normaliseHexColour(text);
  if (!hex) return m`must be a hex colour such as #1d4f91 (got "${text.trim()}")`;
  const ratio = contrastRatio(hex, LIGHT_BACKGROUND);
  if (ratio < MIN_LINK_CONTRAST) {
    return m`${hex} is too light for links on the page: contrast ${ratio.toFixed(1)}:1, readable text needs ${MIN_LINK_CONTRAST}:1; choose a darker colour`;
  }
  return null;
}

/** The site's own look on top of the default theme. */
export interface Branding {
  accentColor: string;
  customCss: string;
}

/** A stylesheet and the content-hashed address it is served at. */
export interface ThemeSheet {
  body: string;
  href: string;
}

/**
 * The stylesheet that carries a site's branding, or null when there is none. The accent
 * applies to the light scheme (dark mode keeps its own readable accent); the custom CSS
 * comes last so it can override anything.
 */
export function themeSheet(branding: Branding): ThemeSheet | null {
  const accent = normaliseHexColour(branding.accentColor);
  const parts: string[] = [];
  if (accent) parts.push(`@media (prefers-color-scheme: light) {\n  :root { --accent: ${accent}; }\n}\n`);
  if (branding.customCss.trim() !== '') parts.push(`/* Custom CSS (Admin → Appearance) */\n${branding.customCss.trim()}\n`);
  if (parts.length === 0) return null;
  const body = parts.join('\n');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { body, href: `/theme/${hash}.css` };
}
