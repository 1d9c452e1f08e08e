import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActiveTheme, ThemeLookup, ThemeTemplate } from './themed.js';
import { DEFAULT_THEME, parseManifest, sortTemplateFiles, THEME_NAME, themeCssHref, type SlotName } from './slots.js';

/** An installed theme as the Appearance screen lists it. */
export interface ThemeInfo {
  name: string;
  title: string;
  description: string;
}

/** The themes of a themes folder, loaded once; pages look them up by name. */
export interface ThemeSet extends ThemeLookup {
  /** Every theme a site can choose, the built-in default first. */
  list: ThemeInfo[];
  /** What was wrong with the folder (each names its file); those themes or templates are left out. */
  problems: string[];
  /** The stylesheet of an installed theme at its hashed address, or undefined. */
  stylesheet(href: string): string | undefined;
}

const BUILT_IN: ThemeInfo = { name: DEFAULT_THEME, title: 'Default', description: 'The built-in templates and stylesheet.' };

/** A theme set of only the default theme. */
export function defaultThemeSet(onError: ThemeSet['reportError'] = () => undefined): ThemeSet {
  return themeSet([], [], onError);
}

function themeSet(loaded: Array<ActiveTheme & { info: ThemeInfo; css: string | null }>, problems: string[], onError: ThemeSet['reportError']): ThemeSet {
  const byName = new Map(loaded.map((t) => [t.name, t]));
  const sheets = new Map(loaded.filter((t) => t.cssHref && t.css !== null).map((t) => [t.cssHref!, t.css!]));
  return {
    list: [BUILT_IN, ...loaded.map((t) => t.info)],
    problems,
    theme: (name) => byName.get(name),
    reportError: onError,
    stylesheet: (href) => sheets.get(href),
  };
}

async function loadTemplate(file: string): Promise<ThemeTemplate | string> {
  try {
    const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
    if (typeof module.default !== 'function') return `${file}: must export a default function (props, { h, Fragment, Default, t, locale })`;
    return module.default as ThemeTemplate;
  } catch (error) {
    return `${file}: could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** One theme folder, or the problems that keep it out. */
async function loadTheme(dir: string, name: string, problems: string[]) {
  const manifestFile = join(dir, name, 'theme.json');
  if (!existsSync(manifestFile)) {
    problems.push(`${manifestFile}: missing; a theme folder needs a theme.json with at least {"name": "…"}`);
    return null;
  }
  const parsed = parseManifest(manifestFile, readFileSync(manifestFile, 'utf8'));
  if ('problem' in parsed) {
    problems.push(parsed.problem);
    return null;
  }
  const templates: Partial<Record<SlotName, ThemeTemplate>> = {};
  const folder = join(dir, name, 'templates');
  if (existsSync(folder)) {
    const sorted = sortTemplateFiles(folder, readdirSync(folder));
    problems.push(...sorted.problems);
    for (const slot of sorted.slots) {
      const template = await loadTemplate(join(folder, `${slot}.js`));
      if (typeof template === 'string') problems.push(template);
      else templates[slot] = template;
    }
  }
  const cssFile = join(dir, name, 'theme.css');
  const css = existsSync(cssFile) ? readFileSync(cssFile, 'utf8') : null;
  return {
    name,
    templates,
    css,
    cssHref: css === null ? null : themeCssHref(name, css),
    info: { name, title: parsed.manifest.name, description: parsed.manifest.description },
  };
}

/**
 * Loads every theme under `dir` (a folder per theme), once, at start: manifests, templates
 * and stylesheets. A folder that is not a sound theme is left out and named in `problems`;
 * a missing `dir` means the default theme alone.
 */
export async function loadThemes(dir: string, onError: ThemeSet['reportError'] = () => undefined): Promise<ThemeSet> {
  const problems: string[] = [];
  if (!existsSync(dir)) return themeSet([], problems, onError);
  const loaded = [];
  for (const name of readdirSync(dir).sort()) {
    if (!statSync(join(dir, name)).isDirectory()) continue;
    if (!THEME_NAME.test(name) || name === DEFAULT_THEME) {
      problems.push(`${join(dir, name)}: not a theme name; use lower-case letters, digits and hyphens, and not "${DEFAULT_THEME}" (built in)`);
      continue;
    }
    const theme = await loadTheme(dir, name, problems);
    if (theme) loaded.push(theme);
  }
  return themeSet(loaded, problems, onError);
}
