import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl, type DatabaseTarget } from './database-url.js';
import { parseAllowList } from '../domain/public-address.js';
import { parseSmtpConfig, type SmtpConfig } from './mail-config.js';
import { StartupError } from './startup-error.js';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';

/** Everything the program is configured with, parsed once and frozen. */
export interface Config {
  readonly database: DatabaseTarget;
  readonly port: number;
  readonly host: string;
  /** Public base URL, used for canonical links and feeds. */
  readonly siteUrl: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Base URL of the Wayback availability API link checks ask for archived copies. */
  readonly archiveApiUrl: string;
  /** DOI content-negotiation base `dossier cite` asks for CSL-JSON (DOI_RESOLVER). */
  readonly doiResolver: string;
  /** Open Library base `dossier cite` looks ISBNs up in (OPENLIBRARY_URL). */
  readonly openLibraryUrl: string;
  /** NCBI E-utilities base PMIDs are looked up in (PUBMED_URL). */
  readonly pubmedUrl: string;
  /** arXiv API base arXiv ids are looked up in (ARXIV_URL). */
  readonly arxivUrl: string;
  /** Network time one link check may take. */
  readonly linkCheckTimeoutMs: number;
  /** Pause between two requests to the same host during link checks. */
  readonly linkCheckDelayMs: number;
  /** Non-public addresses and CIDR ranges link checks and archive look-ups may still reach (OUTBOUND_ALLOW); empty: public only. */
  readonly outboundAllow: readonly string[];
  /** Where comment notifications are sent through; null when SMTP_HOST is not set. */
  readonly smtp: SmtpConfig | null;
  /** Salt of stored IP hashes (IP_HASH_SALT); null means one is generated and kept in the database. */
  readonly ipHashSalt: string | null;
  /** Folder for uploaded images and their sizes. */
  readonly mediaDir: string;
  /** Folder of installed themes, one folder each (DOSSIER_THEMES_DIR; default: themes/ of the installation). */
  readonly themesDir: string;
  /**
   * Which reverse proxies' X-Forwarded-For/-Proto to believe (client address, HTTPS): none,
   * the nearest N hops, or the listed addresses; the client is the right-most untrusted entry.
   */
  readonly trustProxy: TrustProxy;
  /** Redis shared by every process for the page cache (REDIS_URL); null keeps pages in each process's memory. */
  readonly redisUrl: string | null;
  /** Prefix of this site's keys in Redis (REDIS_PREFIX), so several sites can share one Redis. */
  readonly redisPrefix: string;
  /** Memory the in-process page cache may hold, in MB (PAGE_CACHE_MB); 0 turns the page cache off. */
  readonly pageCacheMb: number;
  /** pg_dump for `dossier backup` on PostgreSQL (PG_DUMP); null ("off") uses Dossier's own JSON dump. */
  readonly pgDump: string | null;
  /** psql, which `dossier restore` runs a pg_dump backup through (PSQL). */
  readonly psql: string;
}

/** Command-line flags that override the environment. */
export interface ConfigFlags {
  port?: string | number;
  host?: string;
  databaseUrl?: string;
  siteUrl?: string;
}

const schema = z.object({
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ARCHIVE_API_URL: z.url({ protocol: /^https?$/ }).default('https://archive.org'),
  DOI_RESOLVER: z.url({ protocol: /^https?$/ }).default('https://doi.org'),
  OPENLIBRARY_URL: z.url({ protocol: /^https?$/ }).default('https://openlibrary.org'),
  PUBMED_URL: z.url({ protocol: /^https?$/ }).default('https://eutils.ncbi.nlm.nih.gov/entrez/eutils'),
  ARXIV_URL: z.url({ protocol: /^https?$/ }).default('https://export.arxiv.org/api'),
  LINK_CHECK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  LINK_CHECK_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  OUTBOUND_ALLOW: z.string().default('').transform((text, ctx) => {
    const entries = text.split(/[\s,]+/).filter(Boolean);
    const parsed = parseAllowList(entries);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
    return entries;
  }),
  MEDIA_DIR: z.string().min(1).default('./data/media'),
  DOSSIER_THEMES_DIR: z.string().min(1).default(() => fileURLToPath(new URL('../../themes/', import.meta.url))),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  REDIS_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, 'letters, digits and : . - _ only').default('dossier:'),
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(64),
  PG_DUMP: z.string().default('pg_dump'),
  PSQL: z.string().default('psql'),
});

/** Builds the Config from environment variables and flags; flags win. Errors name the variable. */
export function loadConfig(env: Record<string, string | undefined>, flags: ConfigFlags = {}): Config {
  const input = {
    DATABASE_URL: flags.databaseUrl ?? env['DATABASE_URL'],
    PORT: flags.port ?? env['PORT'],
    HOST: flags.host ?? env['HOST'],
    SITE_URL: flags.siteUrl ?? env['SITE_URL'],
    LOG_LEVEL: env['LOG_LEVEL'],
    ARCHIVE_API_URL: env['ARCHIVE_API_URL'],
    DOI_RESOLVER: env['DOI_RESOLVER'],
    OPENLIBRARY_URL: env['OPENLIBRARY_URL'],
    PUBMED_URL: env['PUBMED_URL'],
    ARXIV_URL: env['ARXIV_URL'],
    LINK_CHECK_TIMEOUT_MS: env['LINK_CHECK_TIMEOUT_MS'],
    LINK_CHECK_DELAY_MS: env['LINK_CHECK_DELAY_MS'],
    OUTBOUND_ALLOW: env['OUTBOUND_ALLOW'],
    MEDIA_DIR: env['MEDIA_DIR'],
    DOSSIER_THEMES_DIR: env['DOSSIER_THEMES_DIR'] || undefined,
    REDIS_URL: env['REDIS_URL'],
    REDIS_PREFIX: env['REDIS_PREFIX'],
    PAGE_CACHE_MB: env['PAGE_CACHE_MB'],
    PG_DUMP: env['PG_DUMP'],
    PSQL: env['PSQL'],
  };
  for (const key of Object.keys(input) as Array<keyof typeof input>) {
    if (input[key] === '') input[key] = undefined;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'configuration');
    throw new StartupError(`${name} is invalid (got "${String(input[name as keyof typeof input])}"): ${issue.message}.`);
  }
  const values = parsed.data;
  const shownHost = values.HOST === '0.0.0.0' || values.HOST === '::' ? 'localhost' : values.HOST;
  return Object.freeze({
    database: Object.freeze(parseDatabaseUrl(values.DATABASE_URL)),
    port: values.PORT,
    host: values.HOST,
    siteUrl: (values.SITE_URL ?? `http://${shownHost}:${values.PORT}`).replace(/\/+$/, ''),
    logLevel: values.LOG_LEVEL,
    archiveApiUrl: values.ARCHIVE_API_URL.replace(/\/+$/, ''),
    doiResolver: values.DOI_RESOLVER.replace(/\/+$/, ''),
    openLibraryUrl: values.OPENLIBRARY_URL.replace(/\/+$/, ''),
    pubmedUrl: values.PUBMED_URL.replace(/\/+$/, ''),
    arxivUrl: values.ARXIV_URL.replace(/\/+$/, ''),
    linkCheckTimeoutMs: values.LINK_CHECK_TIMEOUT_MS,
    linkCheckDelayMs: values.LINK_CHECK_DELAY_MS,
    outboundAllow: Object.freeze(values.OUTBOUND_ALLOW),
    smtp: parseSmtpConfig(env),
    ipHashSalt: env['IP_HASH_SALT'] || null,
    mediaDir: values.MEDIA_DIR,
    themesDir: values.DOSSIER_THEMES_DIR,
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    redisUrl: values.REDIS_URL ?? null,
    redisPrefix: values.REDIS_PREFIX,
    pageCacheMb: values.PAGE_CACHE_MB,
    pgDump: values.PG_DUMP === 'off' ? null : values.PG_DUMP,
    psql: values.PSQL,
  });
}
