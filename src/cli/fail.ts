import { StartupError } from '../config/startup-error.js';
import { isDomainError } from '../domain/errors.js';

/**
 * Prints what went wrong as one line and exits: 2 for configuration and startup problems
 * (fix the setup), 1 for anything else. Stack traces only with DEBUG set.
 */
export function failAndExit(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`dossier: ${message}\n`);
  if (process.env['DEBUG'] && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(error instanceof StartupError || isDomainError(error, 'Invalid') ? 2 : 1);
}
