import type { Command } from 'commander';
import type { ConfigFlags } from '../config/config.js';

/** Flags given before the command name (`dossier --database-url X serve`). */
export function globalFlags(command: Command): ConfigFlags {
  const options = command.optsWithGlobals<{ databaseUrl?: string; siteUrl?: string }>();
  return { databaseUrl: options.databaseUrl, siteUrl: options.siteUrl };
}
