import type { Command } from 'commander';
import { loadConfig, type Config } from '../config/config.js';
import { openSite, siteOptions, type Site } from '../main.js';
import { globalFlags } from './global-flags.js';

/**
 * Opens the configured site — its database and every option the configuration gives
 * (media folder, SMTP, link-checking, site URL) — runs `work`, and closes the site.
 */
export async function withSite<T>(command: Command, work: (site: Site, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, globalFlags(command));
  const site = await openSite(config.database, undefined, siteOptions(config));
  try {
    return await work(site, config);
  } finally {
    await site.close();
  }
}
