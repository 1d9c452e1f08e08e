import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { waybackToIso } from '../../src/domain/archive-choice.js';

/** A local HTTP server standing in for the web; only ever on a loopback address (127.0.0.1 unless asked). */
export interface Peer {
  /** `http://127.0.0.1:PORT` (`http://[::1]:PORT` on IPv6) */
  origin: string;
  /** Requests seen, as `METHOD /path?query`. */
  log: string[];
  /** Most requests in flight at once. */
  peakInFlight: number;
  close(): Promise<void>;
}

const html = (title: string, body = '') => `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

function entityBomb(): string {
  const entities = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  const nest = 20_000;
  return `<?xml version="1.0"?>\n<!DOCTYPE html [${entities.join('')}]>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>&lol9;</title></head><body>${'<div>'.repeat(nest)}&lol9;${'</div>'.repeat(nest)}</body></html>`;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function listen(handler: Handler, host = '127.0.0.1', port = 0): Promise<Peer> {
  const sockets = new Set<Socket>();
  const peer: Peer = { origin: '', log: [], peakInFlight: 0, close: async () => undefined };
  let inFlight = 0;
  const server: Server = createServer((req, res) => {
    peer.log.push(`${req.method} ${req.url}`);
    inFlight += 1;
    peer.peakInFlight = Math.max(peer.peakInFlight, inFlight);
    res.on('close', () => (inFlight -= 1));
    handler(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  peer.origin = `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
  peer.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return peer;
}

function send(res: ServerResponse, status: number, body = '', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** Streams `bytes` of HTML, stopping when the client goes away. */
function stream(res: ServerResponse, bytes: number): void {
  res.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const pump = () => {
    while (sent < bytes && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.write('<!doctype html><html><head><title>Big</title></head><body>');
  pump();
}

/**
 * The web as link checks meet it: 200, 404, 410, a 301 chain, a redirect loop, a redirect
 * home (soft-404), a "Page not found" 200, a hang, robots.txt disallowing /private, a 403,
 * HEAD refused with 405, a 15 MB page, an entity-bomb page, a unicode path, a moved anchor.
 */
export function startWebPeer(options: { slowMs?: number } = {}): Promise<Peer> {
  return listen((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://peer').pathname);
    const redirect = (to: string, status = 301) => send(res, status, '', { location: to });
    switch (path) {
      case '/robots.txt': return send(res, 200, 'User-agent: *\nDisallow: /private\n', { 'content-type': 'text/plain' });
      case '/': return send(res, 200, html('Peer home'));
      case '/ok': return send(res, 200, html('Annual report 2024'));
      case '/report.pdf': return send(res, 200, '%PDF-1.4', { 'content-type': 'application/pdf' });
      case '/gone-404': return send(res, 404, html('Not here'));
      case '/gone-410': return send(res, 410, html('Gone'));
      case '/chain/a': return redirect('/chain/b');
      case '/chain/b': return redirect('/chain/c', 301);
      case '/chain/c': return send(res, 200, html('End of the chain'));
      case '/loop/a': return redirect('/loop/b', 302);
      case '/loop/b': return redirect('/loop/a', 302);
      case '/no-location': return send(res, 301);
      case '/moved-home': return redirect('/');
      case '/soft': return send(res, 200, html('Page not found – Peer'));
      case '/hang': return; // never answers
      case '/private/page': return send(res, 200, html('Private'));
      case '/paywall': return send(res, 403, html('Subscribe'));
      case '/head-405': return req.method === 'HEAD' ? send(res, 405) : send(res, 200, html('GET only'));
      case '/huge': return req.method === 'HEAD' ? send(res, 200) : stream(res, 15 * 1024 * 1024);
      case '/bomb': return send(res, 200, entityBomb(), { 'content-type': 'application/xhtml+xml' });
      case '/café/naïve': return send(res, 200, html('Unicode path'));
      case '/old-anchor': return redirect('/new-anchor');
      case '/new-anchor': return send(res, 200, html('Moved page'));
      case '/article': return send(res, 200, html('A readable article', `<article><p>${'Slow sand filters clean water. '.repeat(30)}</p><p>${'They need little energy. '.repeat(30)}</p></article>`));
      default:
        if (path.startsWith('/slow/')) return void setTimeout(() => send(res, 200, html('Slow')), options.slowMs ?? 50);
        if (path.startsWith('/many/')) {
          const n = Number(path.slice(6));
          return n > 0 ? redirect(`/many/${n - 1}`, 302) : send(res, 200, html('Finally'));
        }
        return send(res, 404, html('Not found'));
    }
  });
}

/**
 * A server a request must never reach unless allowed, on a loopback `host` (127.0.0.1,
 * 127.0.0.2, ::1): `log` records every request that got through. It answers 200, except
 * /redirect (302 to `redirectTo`); `closeEach` closes every connection after its answer;
 * `port` 0 picks a free one.
 */
export function startCountingPeer(host = '127.0.0.1', options: { redirectTo?: string; closeEach?: boolean; port?: number } = {}): Promise<Peer> {
  return listen((req, res) => {
    const close: Record<string, string> = options.closeEach ? { connection: 'close' } : {};
    const path = new URL(req.url ?? '/', 'http://peer').pathname;
    if (path === '/robots.txt') return send(res, 404, '', close);
    if (path === '/redirect' && options.redirectTo) return send(res, 302, '', { location: options.redirectTo, ...close });
    return send(res, 200, html('Reached'), close);
  }, host, options.port ?? 0);
}

/** A capture the fake archive holds: `timestamp` is YYYYMMDDhhmmss. */
export interface FakeCapture {
  timestamp: string;
  status: number;
}

/**
 * The Wayback availability API as it behaves: the one capture closest to `timestamp`, on
 * either side and whatever its status; `{"archived_snapshots":{}}` when it has none.
 */
export function startArchivePeer(captures: Map<string, FakeCapture[]>): Promise<Peer & { origin: string }> {
  let origin = '';
  const peerPromise = listen((req, res) => {
    const query = new URL(req.url ?? '/', 'http://peer').searchParams;
    const list = captures.get(query.get('url') ?? '') ?? [];
    const target = Date.parse(waybackToIso((query.get('timestamp') || '99991231').padEnd(14, '0').slice(0, 14)) ?? '');
    const distance = (c: FakeCapture) => Math.abs(Date.parse(waybackToIso(c.timestamp)!) - target);
    const closest = [...list].sort((a, b) => distance(a) - distance(b) || a.timestamp.localeCompare(b.timestamp))[0];
    const body = closest
      ? { url: query.get('url'), archived_snapshots: { closest: { available: true, status: String(closest.status), timestamp: closest.timestamp, url: `${origin}/web/${closest.timestamp}/${query.get('url')}` } } }
      : { url: query.get('url'), archived_snapshots: {} };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  return peerPromise.then((peer) => {
    origin = peer.origin;
    return peer;
  });
}
