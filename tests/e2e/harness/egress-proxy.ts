/**
 * A recording HTTP proxy that every request leaving the browser goes through, so a test can
 * list them all: those of pages, of extension pages and of the background (service worker or
 * background page) alike, which the drivers' own network events do not all show (WebDriver
 * BiDi reports nothing from Firefox's background page). Both browsers are configured to send
 * loopback traffic through it too. Requests to loopback origins are forwarded (the fixture
 * server answers them); any other is recorded and refused, and a `CONNECT` (HTTPS) or an
 * upgrade (WebSocket) is recorded and refused without being opened. Nothing reaches the
 * outside network.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request the browser sent out. */
export interface EgressRequest {
  method: string;
  /** Absolute URL; for a `CONNECT` the `https://host:port` it asked for. */
  url: string;
  /** Whether it was forwarded to a loopback server (false: refused here). */
  forwarded: boolean;
  /** Milliseconds since the proxy started. */
  at: number;
}

/** A running proxy. */
export interface EgressProxy {
  readonly host: string;
  readonly port: number;
  /** Every request so far, oldest first. */
  readonly requests: readonly EgressRequest[];
  clear(): void;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Starts the proxy on 127.0.0.1 with a free port. */
export async function startEgressProxy(): Promise<EgressProxy> {
  const requests: EgressRequest[] = [];
  const started = Date.now();
  const sockets = new Set<Socket>();
  const record = (method: string, url: string, forwarded: boolean) =>
    requests.push({ method, url, forwarded, at: Date.now() - started });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('egress proxy: not an absolute URL');
      return;
    }
    const loopback = target.protocol === 'http:' && LOOPBACK.has(target.hostname);
    record(req.method ?? 'GET', target.href, loopback);
    if (!loopback) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('egress proxy: outside network');
      return;
    }
    const upstream = httpRequest(
      {
        host:
          target.hostname === 'localhost' ? '127.0.0.1' : target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port || 80,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end('egress proxy: upstream failed'));
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    record('CONNECT', `https://${req.url ?? ''}`, false);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('upgrade', (req: IncomingMessage, socket: Socket) => {
    record(`UPGRADE ${req.headers.upgrade ?? ''}`.trim(), req.url ?? '', false);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    requests,
    clear: () => void requests.splice(0),
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
