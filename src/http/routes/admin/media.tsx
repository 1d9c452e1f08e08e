import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import { invalid, m } from '../../../domain/errors.js';
import { schemaMessage } from '../../../domain/schema-messages.js';
import { MAX_UPLOAD_BYTES, type Media } from '../../../domain/media.js';
import { canEditMedia, mayUploadMedia } from '../../../policies/media.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { formWithError, presentForm } from '../../../presenters/admin/admin-chrome.js';
import { presentMediaLibrary } from '../../../presenters/admin/screens-presenter.js';
import { MediaPage } from '../../../views/admin/pages/media-page.js';
import { statusOf } from '../../errors.js';
import { sendPage } from '../../html.js';
import { parseInput } from '../../parse-input.js';
import type { RouteDeps } from '../../route-deps.js';
import { adminT, chromeFor, formErrorStatus, formValues, idParam, redirectAfterPost, userOf, adminLocale } from './admin-request.js';

/** An uploaded file as read from the form: its bytes, or that it was too large. */
type UploadedFile = { filename: string; bytes: Buffer; truncated: boolean };

const altSchema = z.object({ alt: z.string().max(500, schemaMessage(m`Keep the alt text under 500 characters.`)) });

/** Reads a file part whole, stopping at the limit (then it is marked truncated, not an error). */
async function readFile(part: MultipartFile): Promise<UploadedFile> {
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) chunks.push(chunk as Buffer);
  return { filename: part.filename, bytes: Buffer.concat(chunks), truncated: part.file.truncated };
}

/**
 * Reads the upload form (text fields and the one file) into request.body, so the CSRF check
 * sees `_csrf`. Runs after the route's policy (checked before any body is read), and answers a
 * form that is not multipart, has no boundary or was cut short with a 400 that says so.
 */
async function readUploadForm(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) throw invalid(m`Send the upload as a multipart/form-data form (the Upload form on this page).`, 'file');
  const body: Record<string, string | UploadedFile> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') body[part.fieldname] = await readFile(part);
      else if (typeof part.value === 'string') body[part.fieldname] = part.value;
    }
  } catch (error) {
    // The plugin's own limits (too many files or fields) carry a 4xx status and say so.
    if (statusOf(error) < 500) throw error;
    throw invalid(m`The upload could not be read: the form data was incomplete or malformed. Choose the file and send the form again.`, 'file');
  }
  request.body = body;
}

/** The media library, uploads (multipart, 20 MB), alt text; and the public file route. */
export function registerMediaRoutes(app: FastifyInstance, { media }: RouteDeps<'media'>): void {
  const library = async (request: FastifyRequest) => {
    const actor = userOf(request);
    return { items: await media.list(), editable: (m: Media) => canEditMedia(actor, m) };
  };

  app.get<{ Params: { file: string } }>('/media/:file', { config: { policy: anyoneMayRead } }, async (request, reply) => {
    const file = await media.file(request.params.file);
    // Names carry the content hash: a file at a name never changes.
    return reply.header('cache-control', 'public, max-age=31536000, immutable').header('content-length', file.size).type(file.type).send(file.stream);
  });

  app.get('/admin/media', { config: { policy: mayUploadMedia, signInFirst: true } }, async (request, reply) => {
    const { items, editable } = await library(request);
    return sendPage(reply, <MediaPage view={presentMediaLibrary(chromeFor(request, adminT(request)('admin.media.title')), items, editable)} />);
  });

  app.post<{ Params: { id: string } }>('/admin/media/:id/alt', { config: { policy: mayUploadMedia } }, async (request, reply) => {
    const { alt } = parseInput(altSchema, formValues(request));
    await media.setAlt(userOf(request), idParam(request.params.id), alt);
    return redirectAfterPost(reply, '/admin/media', 'saved');
  });

  // Multipart parsing only where uploads are accepted; the form is read by readUploadForm.
  app.register(async (uploads) => {
    await uploads.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
    uploads.addHook('preValidation', readUploadForm);
    uploads.post('/admin/media', { config: { policy: mayUploadMedia } }, async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, string | UploadedFile | undefined>;
      const alt = typeof body['alt'] === 'string' ? body['alt'] : '';
      const file = typeof body['file'] === 'object' ? body['file'] : undefined;
      const again = async (form: ReturnType<typeof presentForm>, status: number) => {
        const { items, editable } = await library(request);
        return sendPage(reply, <MediaPage view={presentMediaLibrary(chromeFor(request, adminT(request)('admin.media.title')), items, editable, form)} />, status);
      };
      if (file?.truncated) {
        const form = presentForm({ alt });
        form.errors['file'] = adminT(request)('admin.media.tooLarge');
        return again(form, 413);
      }
      try {
        await media.upload({ bytes: file?.bytes ?? Buffer.alloc(0), filename: file?.filename ?? '', alt, userId: userOf(request).id });
      } catch (error) {
        return again(formWithError({ alt }, error, adminLocale(request)), formErrorStatus(error));
      }
      return redirectAfterPost(reply, '/admin/media', 'uploaded');
    });
  });
}
