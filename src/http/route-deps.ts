import type { Services } from '../services/services.js';
import type { PageCache } from './page-cache/page-cache.js';
import { defaultThemeSet, type ThemeSet } from '../views/themes/load-themes.js';

/** What the app is built from: every feature's services and the site's public address. */
export interface AppDeps {
  services: Services;
  siteUrl: string;
  /**
   * Behind a reverse proxy: take the client address and scheme from X-Forwarded-* headers
   * sent by the nearest N hops, or by the listed addresses/CIDR ranges. Default: none.
   */
  trustProxy?: false | number | readonly string[];
  /** Anonymous public pages are answered from it when given. */
  pageCache?: PageCache | null;
  /** Which worker of `serve --workers N` this is; every answer names it (x-dossier-worker). */
  workerId?: string | null;
  /**
   * Pages as a static copy of the site shows them (`dossier export static`): articles with
   * every comment and no comment form, a search page that searches in the browser.
   */
  staticCopy?: boolean;
  /** The installed themes, loaded at start (default: the built-in theme alone). */
  themes?: ThemeSet;
}

/** What a route module is handed: the feature services it names, the site's public address, and whether pages are a static copy. */
export type RouteDeps<K extends keyof Services> = Pick<Services, K> & { siteUrl: string; staticCopy?: boolean; themes: ThemeSet };

/** The named features of `deps.services`, for one route module. */
export function routeDeps<K extends keyof Services>(deps: AppDeps, ...features: K[]): RouteDeps<K> {
  const picked = Object.fromEntries(features.map((name) => [name, deps.services[name]])) as Pick<Services, K>;
  return { ...picked, siteUrl: deps.siteUrl, staticCopy: deps.staticCopy ?? false, themes: deps.themes ?? NO_THEME_SET };
}

const NO_THEME_SET = defaultThemeSet();
