import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError, isUnavailable } from '../../../domain/errors.js';
import { statusOf } from '../../errors.js';
import { ghostErrorBody } from './ghost-errors.js';

/** Ghost's error type and message for each answer the Admin API gives that the Content API does not. */
const ADMIN_ERRORS: Record<string, { status: number; type: string; message: string }> = {
  unauthorized: { status: 401, type: 'UnauthorizedError', message: 'Authorization failed' },
  forbidden: { status: 403, type: 'NoPermissionError', message: 'You do not have permission to perform this action' },
  validation: { status: 422, type: 'ValidationError', message: 'Validation error, cannot save the resource.' },
  collision: { status: 409, type: 'UpdateCollisionError', message: 'Saving failed! Someone else is editing this post.' },
  conflict: { status: 409, type: 'ConflictError', message: 'The change clashes with existing data.' },
};

/** Sends one of the Admin API's own errors in Ghost's shape. */
export function sendAdminError(reply: FastifyReply, kind: keyof typeof ADMIN_ERRORS, context: string | null, property: string | null = null): FastifyReply {
  const { status, type, message } = ADMIN_ERRORS[kind]!;
  const body = ghostErrorBody(status, context, property);
  const [error] = body.errors;
  Object.assign(error!, { type, message, ...(kind === 'collision' ? { code: 'UPDATE_COLLISION' } : {}) });
  return reply.code(status).header('cache-control', 'no-cache, private, no-store, must-revalidate, max-stale=0').send(body);
}

/**
 * The Admin API's error handler: a refused token is 401, a missing scope 403, a bad
 * body or a refused write 422 (ValidationError, naming the field), a stale `updated_at`
 * 409 (UpdateCollisionError), a malformed query 400; never a stack trace.
 */
export async function handleAdminError(error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  if (isUnavailable(error)) {
    const body = ghostErrorBody(503, 'The site cannot reach its database right now.');
    return reply.code(503).header('retry-after', String(error.retryAfterSeconds)).send(body);
  }
  const field = isDomainError(error) ? (error.field ?? null) : null;
  const message = error instanceof Error ? error.message : null;
  if (isDomainError(error, 'Forbidden')) return sendAdminError(reply, 'forbidden', message);
  if (isDomainError(error, 'Conflict')) return sendAdminError(reply, field === 'updated_at' ? 'collision' : 'conflict', message, field);
  const writes = request.method === 'POST' || request.method === 'PUT';
  if (isDomainError(error, 'Invalid') && writes) return sendAdminError(reply, 'validation', message, field);
  const status = statusOf(error);
  if (status >= 500) {
    request.log.error({ err: error }, 'admin API request failed');
    return reply.code(500).send(ghostErrorBody(500, null));
  }
  return reply.code(status).header('cache-control', 'no-cache, private, no-store, must-revalidate, max-stale=0').send(ghostErrorBody(status, message, field));
}
