import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid } from '../../../domain/errors.js';
import { integrationWith } from '../../../policies/integrations.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { presentAdminComment, presentAdminSite, presentLinkHealth, presentUploadedImage } from '../../../presenters/admin-api/admin-extras.js';
import { statusOf } from '../../errors.js';
import { parseInput } from '../../parse-input.js';
import { route, type AdminApiDeps } from './admin-api.js';
import { commentQuerySchema, commentStatusSchema, rowIdParamsSchema } from './admin-api.schema.js';

/** `/site/`, comment moderation and link health (Dossier's extensions). */
export function registerAdminExtraRoutes(scope: FastifyInstance, { contentApi, comments, sources, siteUrl }: AdminApiDeps): void {
  route(scope, 'GET', '/site', { config: { policy: anyoneMayRead } }, async () => presentAdminSite(siteUrl, await contentApi.settings()));

  const moderate = { config: { policy: integrationWith('comments:moderate') } };
  route(scope, 'GET', '/comments', moderate, async (request) => {
    const query = parseInput(commentQuerySchema, request.query);
    return { comments: (await comments.list({ limit: query.limit, ...(query.status ? { status: query.status } : {}) })).map(presentAdminComment) };
  });
  route(scope, 'PUT', '/comments/:id', moderate, async (request) => {
    const { id } = parseInput(rowIdParamsSchema, request.params);
    const { status } = parseInput(commentStatusSchema, request.body);
    await comments.setStatus([id], status);
    return { comments: [{ id: String(id), status }] };
  });

  route(scope, 'GET', '/links', { config: { policy: integrationWith('links:read') } }, async () => presentLinkHealth(await sources.report()));
}

/** The one file of an upload, and its `ref` field; too large, missing or malformed is a 4xx. */
async function readUpload(request: FastifyRequest): Promise<{ filename: string; bytes: Buffer; ref: string | null }> {
  if (!request.isMultipart()) throw invalid('Send the image as multipart/form-data with a "file" field.', 'file');
  let file: { filename: string; bytes: Buffer } | null = null;
  let ref: string | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file' && part.fieldname === 'file') file = await readFile(part);
      else if (part.type === 'file') await readFile(part);
      else if (part.fieldname === 'ref' && typeof part.value === 'string') ref = part.value.slice(0, 2000);
    }
  } catch (error) {
    if (statusOf(error) < 500) throw error;
    throw invalid('The upload could not be read: the form data was incomplete or malformed.', 'file');
  }
  if (!file) throw invalid('Send the image in a "file" field.', 'file');
  return { ...file, ref };
}

async function readFile(part: MultipartFile): Promise<{ filename: string; bytes: Buffer }> {
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) chunks.push(chunk as Buffer);
  if (part.file.truncated) throw invalid('The file is larger than 20 MB; make it smaller and try again.', 'file');
  return { filename: part.filename, bytes: Buffer.concat(chunks) };
}

/** `images/upload`: through the media service (type read from the bytes, responsive sizes made). */
export function registerAdminUploadRoutes(scope: FastifyInstance, { media, siteUrl }: AdminApiDeps): void {
  route(scope, 'POST', '/images/upload', { config: { policy: integrationWith('media:write') } }, async (request, reply) => {
    const upload = await readUpload(request);
    const stored = await media.upload({ bytes: upload.bytes, filename: upload.filename, alt: '', userId: null });
    return reply.code(201).send(presentUploadedImage(siteUrl, stored.storedName, upload.ref));
  });
}
