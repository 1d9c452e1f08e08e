import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/** Ghost's error type for each status its Content API answers with. */
const GHOST_TYPES: Record<number, string> = {
  400: 'BadRequestError',
  401: 'UnauthorizedError',
  403: 'NoPermissionError',
  404: 'NotFoundError',
  413: 'RequestEntityTooLargeError',
  415: 'UnsupportedMediaTypeError',
  429: 'TooManyRequestsError',
  500: 'InternalServerError',
  503: 'MaintenanceError',
};

/** Ghost's short message for each status; the detail goes in `context`. */
const GHOST_MESSAGES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unknown Content API Key',
  403: 'Authorization failed',
  404: 'Resource not found',
  429: 'Too many requests',
  500: 'Internal server error, cannot answer this request.',
  503: 'Site is temporarily unavailable',
};

/** The body of a Ghost API error: `{errors: [{message, context, type, …}]}`. */
export function ghostErrorBody(status: number, context: string | null, property: string | null = null) {
  return {
    errors: [{
      message: GHOST_MESSAGES[status] ?? 'Request failed',
      context,
      type: GHOST_TYPES[status] ?? (status >= 500 ? 'InternalServerError' : 'BadRequestError'),
      details: null,
      property,
      help: null,
      code: null,
      id: randomUUID(),
      ghostErrorCode: null,
    }],
  };
}

/** Sends a Ghost-shaped error; errors are never cached. */
export function sendGhostError(reply: FastifyReply, status: number, context: string | null, property: string | null = null): FastifyReply {
  return reply.code(status).header('cache-control', 'no-cache, private, no-store, must-revalidate, max-stale=0').send(ghostErrorBody(status, context, property));
}
