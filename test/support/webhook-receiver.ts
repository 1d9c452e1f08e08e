import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST a receiver got: its headers, raw body and the status it was answered with. */
export interface ReceivedHook {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/** Verifies a delivery as a subscriber would (docs/api.md): HMAC-SHA256 of `timestamp.body` with the secret. */
export function validSignature(secret: string, hook: Pick<ReceivedHook, 'headers' | 'body'>): boolean {
  const timestamp = String(hook.headers['x-dossier-timestamp'] ?? '');
  const given = String(hook.headers['x-dossier-signature'] ?? '');
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${hook.body}`).digest('hex')}`;
  return /^\d+$/.test(timestamp) && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** An HTTP server on 127.0.0.1 that records every POST; it answers the queued statuses first, then 200. */
export async function startReceiver() {
  const received: ReceivedHook[] = [];
  const statuses: number[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const status = statuses.shift() ?? 200;
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'thanks' : 'broken');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  /** The parsed bodies received so far, in order. */
  const events = () => received.map((r) => JSON.parse(r.body) as { event: string; created_at: string; data: Record<string, Record<string, unknown>> });
  return { url, received, statuses, events, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
