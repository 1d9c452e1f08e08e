import type { FastifyInstance } from 'fastify';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import { MAX_UPLOAD_BYTES } from '../../../domain/media.js';
import { mayUploadMedia } from '../../../policies/media.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import { formWithError, presentForm } from '../../../presenters/admin/admin-chrome.js';
import { presentMediaLibrary } from '../../../presenters/admin/screens-presenter.js';
import { MediaPage } from '../../../views/admin/pages/media-page.js';
import { sendPage } from '../../html.js';
import type { RouteDeps } from '../../route-deps.js';
import { chromeFor, formErrorStatus, idParam, redirectAfterPost, userOf } from './admin-request.js';

/** An uploaded file as the multipart plugin hands it over: its bytes, or that it was too large. */
type UploadedFile = { filename: string; bytes: Buffer; truncated: boolean };

const altSchema = z.object({ alt: z.string().max(500, 'Keep the alt text under 500 characters.') });

/** Reads a file part whole, stopping at the limit (then it is marked truncated, not an error). */
async function readPart(part: MultipartFile & { value?: unknown }): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) chunks.push(chunk as Buffer);
  const file: UploadedFile = { filename: part.filename, bytes: Buffer.concat(chunks), truncated: part.file.truncated };
  part.value = file;
}

/** The media library, uploads (multipart, 20 MB), alt text; and the public file route. */
export function registerMediaRoutes(app: FastifyInstance, { media }: RouteDeps<'media'>): void {
  app.get<{ Params: { file: string } }>('/media/:file', { config: { policy: anyoneMayRead } }, async (request, reply) => {
    const file = await media.file(request.params.file);
    // Names carry the content hash: a file at a name never changes.
    return reply.header('cache-control', 'public, max-age=31536000, immutable').header('content-length', file.size).type(file.type).send(file.stream);
  });

  app.get('/admin/media', { config: { policy: mayUploadMedia, signInFirst: true } }, async (request, reply) => {
    const library = await media.list();
    return sendPage(reply, <MediaPage view={presentMediaLibrary(chromeFor(request, 'Media'), library)} />);
  });

  app.post<{ Params: { id: string } }>('/admin/media/:id/alt', { config: { policy: mayUploadMedia } }, async (request, reply) => {
    const parsed = altSchema.safeParse(request.body);
    await media.setAlt(idParam(request.params.id), parsed.success ? parsed.data.alt : '');
    return redirectAfterPost(reply, '/admin/media', 'saved');
  });

  // Multipart parsing only where uploads are accepted; fields (with _csrf) are read before the CSRF check.
  app.register(async (uploads) => {
    await uploads.register(multipart, {
      attachFieldsToBody: true,
      onFile: readPart,
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 },
    });
    uploads.post('/admin/media', { config: { policy: mayUploadMedia } }, async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, { value?: unknown } | undefined>;
      const alt = typeof body['alt']?.value === 'string' ? body['alt'].value : '';
      const file = body['file']?.value as UploadedFile | undefined;
      const again = async (form: ReturnType<typeof presentForm>, status: number) =>
        sendPage(reply, <MediaPage view={presentMediaLibrary(chromeFor(request, 'Media'), await media.list(), form)} />, status);
      if (file?.truncated) {
        const form = presentForm({ alt });
        form.errors['file'] = 'The file is larger than 20 MB; make it smaller and try again.';
        return again(form, 413);
      }
      try {
        await media.upload({ bytes: file?.bytes ?? Buffer.alloc(0), filename: file?.filename ?? '', alt, userId: userOf(request).id });
      } catch (error) {
        return again(formWithError({ alt }, error), formErrorStatus(error));
      }
      return redirectAfterPost(reply, '/admin/media', 'uploaded');
    });
  });
}
