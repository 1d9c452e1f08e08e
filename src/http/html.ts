import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderDocument } from '../views/render-page.js';
import type { ThemeLookup } from '../views/themes/themed.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The installed themes pages render with (see buildApp). */
    themes?: ThemeLookup;
  }
}

/** The content type of every HTML page. */
export const HTML_TYPE = 'text/html; charset=utf-8';

/** Sends a rendered page as HTML with the given status. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply.code(status).type(HTML_TYPE).send(Buffer.from(renderDocument(page, reply.server.themes)));
}
