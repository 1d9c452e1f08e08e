import { createHmac, timingSafeEqual } from 'node:crypto';

/** The longest life a token may claim: Ghost's clients sign for five minutes. */
export const MAX_TOKEN_SECONDS = 5 * 60;
/** Clock difference between the app and the site that is forgiven. */
const LEEWAY_SECONDS = 30;

/** Audiences Ghost's Admin API clients sign for: `/admin/`, or with a version (`/v5.0/admin/`, `/canary/admin/`). */
const AUDIENCE = /^\/(?:(?:v\d+(?:\.\d+)?|canary)\/)?admin\/$/;

/** Why a token was refused, said plainly to the app's developer. */
export type TokenRefusal = { ok: false; reason: string };

/** A token's parts once its form is checked (the signature is not yet). */
export interface UnverifiedToken {
  keyId: string;
  signingInput: string;
  signature: Buffer;
  payload: { iat?: unknown; exp?: unknown; aud?: unknown };
}

const decodeJson = (part: string): unknown => {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads `Authorization: Ghost <JWT>`: the key id (`kid`) to look the secret up by, or why it cannot be read. */
export function readIntegrationToken(header: string | undefined): UnverifiedToken | TokenRefusal {
  if (!header) return { ok: false, reason: 'Send an Authorization header: "Ghost <token>", signed with an Admin API key.' };
  const match = /^Ghost ([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{1,200})$/.exec(header.trim());
  if (!match) return { ok: false, reason: 'The Authorization header is not "Ghost <token>" with a JSON Web Token.' };
  const [, head, body, signature] = match as unknown as [string, string, string, string];
  const header_ = decodeJson(head);
  const payload = decodeJson(body);
  if (!isObject(header_) || !isObject(payload)) return { ok: false, reason: 'The token is not a JSON Web Token.' };
  if (header_['alg'] !== 'HS256') return { ok: false, reason: 'The token must be signed with HS256.' };
  if (typeof header_['kid'] !== 'string' || !/^[0-9a-f]{24}$/.test(header_['kid'])) return { ok: false, reason: 'The token names no key id (kid) of an Admin API key.' };
  return { keyId: header_['kid'], signingInput: `${head}.${body}`, signature: Buffer.from(signature, 'base64url'), payload };
}

/**
 * Checks a token against its key's secret (hex, used as bytes) at `now`: the HS256
 * signature, an Admin API audience, and a life of at most five minutes that has begun
 * and not ended (with half a minute of leeway for clocks).
 */
export function verifyIntegrationToken(token: UnverifiedToken, secretHex: string, now: Date): { ok: true } | TokenRefusal {
  const expected = createHmac('sha256', Buffer.from(secretHex, 'hex')).update(token.signingInput).digest();
  if (expected.length !== token.signature.length || !timingSafeEqual(expected, token.signature)) {
    return { ok: false, reason: 'The token\'s signature does not match its key.' };
  }
  const { iat, exp, aud } = token.payload;
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.some((a) => typeof a === 'string' && AUDIENCE.test(a))) return { ok: false, reason: 'The token is not for the Admin API (aud must be "/admin/").' };
  if (typeof iat !== 'number' || typeof exp !== 'number' || !Number.isFinite(iat) || !Number.isFinite(exp)) return { ok: false, reason: 'The token needs iat and exp times.' };
  if (exp - iat > MAX_TOKEN_SECONDS) return { ok: false, reason: 'The token lives longer than five minutes; sign a fresh one for each request.' };
  const seconds = now.getTime() / 1000;
  if (exp + LEEWAY_SECONDS < seconds) return { ok: false, reason: 'The token has expired.' };
  if (iat - LEEWAY_SECONDS > seconds) return { ok: false, reason: 'The token is issued in the future; check the clock.' };
  return { ok: true };
}
