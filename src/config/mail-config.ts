import { StartupError } from './startup-error.js';

/** How to reach the SMTP server that sends notifications. */
export interface SmtpConfig {
  readonly host: string;
  readonly port: number;
  /** TLS from the start (port 465); otherwise STARTTLS is used when the server offers it. */
  readonly secure: boolean;
  readonly user: string | null;
  readonly password: string | null;
  /** The From address, e.g. `Dossier <news@example.org>`. */
  readonly from: string;
}

function flag(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '') return false;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new StartupError(`${name} is invalid (got "${value}"): use true or false.`);
}

/** SMTP settings from SMTP_* variables; null when SMTP_HOST is not set (no email is sent). */
export function parseSmtpConfig(env: Record<string, string | undefined>): SmtpConfig | null {
  const host = env['SMTP_HOST']?.trim();
  if (!host) return null;
  const secure = flag('SMTP_SECURE', env['SMTP_SECURE']);
  const rawPort = env['SMTP_PORT']?.trim() || (secure ? '465' : '587');
  const port = Number(rawPort);
  if (!/^\d{1,5}$/.test(rawPort) || port < 1 || port > 65535) {
    throw new StartupError(`SMTP_PORT is invalid (got "${rawPort}"): use a port number from 1 to 65535.`);
  }
  const from = env['SMTP_FROM']?.trim();
  if (!from) throw new StartupError('SMTP_FROM is missing: set it to the sender address (e.g. "Dossier <news@example.org>") when SMTP_HOST is set.');
  if (/[\r\n]/.test(from) || !/@/.test(from)) throw new StartupError(`SMTP_FROM is invalid (got "${from}"): use an address such as news@example.org.`);
  const user = env['SMTP_USER']?.trim() || null;
  return Object.freeze({ host, port, secure, user, password: user ? (env['SMTP_PASSWORD'] ?? '') : null, from });
}
