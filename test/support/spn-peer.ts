import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A capture the fake Save Page Now accepted. */
export interface SpnJob {
  id: string;
  url: string;
  polls: number;
}

/**
 * A fake Save Page Now (SPN2) on 127.0.0.1: `POST /save` answers a job id (or the queued
 * HTTP statuses first), `GET /save/status/{id}` answers pending on the first poll, then
 * success; a URL containing "refuse" ends in an error status, one containing "blocked" is
 * refused at once. Requests without `Authorization: LOW key:secret` get 401.
 */
export async function startSpnPeer(auth = 'LOW key:secret') {
  const jobs = new Map<string, SpnJob>();
  const saveStatuses: number[] = [];
  const log: string[] = [];
  let next = 0;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      log.push(`${request.method} ${request.url}`);
      const json = (status: number, data: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
      if (request.headers.authorization !== auth) return json(401, { message: 'bad keys' });
      if (request.method === 'POST' && request.url === '/save') {
        const status = saveStatuses.shift();
        if (status) return json(status, { message: 'archive trouble' });
        const url = new URLSearchParams(body).get('url') ?? '';
        if (url.includes('blocked')) return json(200, { status: 'error', status_ext: 'error:blocked-url', message: 'This URL is in the Save Page Now service block list.' });
        next += 1;
        const id = `spn2-${next}`;
        jobs.set(id, { id, url, polls: 0 });
        return json(200, { url, job_id: id });
      }
      const match = /^\/save\/status\/([\w-]+)$/.exec(request.url ?? '');
      const job = match ? jobs.get(match[1]!) : undefined;
      if (request.method === 'GET' && job) {
        job.polls += 1;
        if (job.polls === 1) return json(200, { status: 'pending', job_id: job.id });
        if (job.url.includes('refuse')) return json(200, { status: 'error', status_ext: 'error:not-found', job_id: job.id, message: 'Server returned 404 for this URL.' });
        return json(200, { status: 'success', job_id: job.id, original_url: job.url, timestamp: '20260601120030', duration_sec: 6.2 });
      }
      json(404, { message: 'not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, jobs, saveStatuses, log, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
