import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderDocument } from '../views/render-page.js';

/** Sends a rendered page as HTML with the given status. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(Buffer.from(renderDocument(page)));
}
