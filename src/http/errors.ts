import type { FastifyRequest } from 'fastify';
import { isDomainError, isUnavailable, type DomainErrorKind } from '../domain/errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route answers JSON (the editor's preview and autosave): its errors do too. */
    json?: boolean;
  }
}

/** The one map from domain error kinds to HTTP statuses. */
const STATUS_OF_KIND: Record<DomainErrorKind, number> = { NotFound: 404, Invalid: 400, Forbidden: 403, Conflict: 409, RateLimited: 429 };

/** What each error status is called on error pages and in JSON. */
export const ERROR_TITLES: Record<number, string> = {
  400: 'That request was not understood',
  403: 'Not allowed',
  404: 'Page not found',
  409: 'That clashes with something that exists',
  413: 'That is too large',
  415: 'That kind of content is not accepted',
  429: 'Too many attempts',
  500: 'Something went wrong',
  503: 'Temporarily unavailable',
};

/** The HTTP status an error answers with: its kind's, 503 when the database is away, a client error Fastify raised, or 500. */
export function statusOf(error: unknown): number {
  if (isDomainError(error)) return STATUS_OF_KIND[error.kind];
  if (isUnavailable(error)) return 503;
  const code = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof code === 'number' && code >= 400 && code < 500 ? code : 500;
}

/** The JSON body of every error: what went wrong, and which field when one is to blame. */
export interface ErrorBody {
  error: string;
  message: string;
  field?: string;
}

/** Builds the one JSON error shape. */
export function errorBody(status: number, message: string, field?: string): ErrorBody {
  return { error: ERROR_TITLES[status] ?? 'Error', message, ...(field ? { field } : {}) };
}

/** Whether errors of this request are answered as JSON (API paths and JSON routes) rather than a page. */
export function answersJson(request: FastifyRequest): boolean {
  return request.routeOptions.config?.json === true || request.url.startsWith('/api/');
}
