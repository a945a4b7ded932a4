/**
 * A static and scriptable HTTP server on 127.0.0.1 for browser tests. Static folders are
 * mounted under URL prefixes; tests add dynamic routes (for example an endpoint that fails
 * once and then succeeds) and read back every request the browser made, so they can also
 * prove that nothing was sent.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { repoRoot } from './paths';

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/api/share`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** The request body as UTF-8 text (empty for GET). */
  body: string;
  /** Milliseconds since the server started. */
  at: number;
}

/** What a dynamic route answers. Defaults: status 200, no body. */
export interface RouteResponse {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is; any other value is sent as JSON. */
  body?: unknown;
}

/** A dynamic route handler; it may be async and may keep its own state (call counters). */
export type RouteHandler = (request: RecordedRequest) => RouteResponse | Promise<RouteResponse>;

/** Options of {@link startFixtureServer}. */
export interface FixtureServerOptions {
  /** Extra static mounts, URL prefix → folder (relative to the repo root or absolute). */
  mounts?: Record<string, string>;
}

/** A running fixture server. */
export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Absolute URL of a path on this server: `url('/fixtures/x.html')` or `url('demo/')`. */
  url(path: string): string;
  /**
   * Adds a dynamic route for one method and exact path; it wins over static files. Answers
   * carry `Access-Control-Allow-Origin: *` and an OPTIONS preflight on the path is answered.
   * Returns a function that removes the route.
   */
  route(method: string, path: string, handler: RouteHandler): () => void;
  /** Every request received so far, static ones included, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** The requests to one path (any method, preflights excluded). */
  requestsTo(path: string): RecordedRequest[];
  /** Forgets the recorded requests (routes stay). */
  clearRequests(): void;
  close(): Promise<void>;
}

/** Static folders every server mounts: the fixture pages and the demo article. */
export const defaultMounts: Record<string, string> = {
  '/fixtures/': 'tests/fixtures/pages',
  '/demo/': 'demo',
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': '*',
};

/** Starts a server on 127.0.0.1 with a free port. Close it in `afterAll`. */
export async function startFixtureServer(
  options: FixtureServerOptions = {},
): Promise<FixtureServer> {
  const mounts = Object.entries({ ...defaultMounts, ...options.mounts })
    .map(([prefix, dir]) => [withSlashes(prefix), resolve(repoRoot, dir)] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const routes = new Map<string, RouteHandler>();
  const requests: RecordedRequest[] = [];
  const started = Date.now();

  const server = createServer((req, res) => {
    void readBody(req).then(async (body) => {
      const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(parsed.pathname),
        query: parsed.searchParams,
        headers: req.headers,
        body,
        at: Date.now() - started,
      };
      requests.push(recorded);
      try {
        await answer(recorded, res);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`fixture server: ${String(error)}`);
      }
    });
  });

  async function answer(request: RecordedRequest, res: ServerResponse): Promise<void> {
    const handler = routes.get(routeKey(request.method, request.path));
    if (handler) return sendRoute(res, await handler(request));
    if (
      request.method === 'OPTIONS' &&
      [...routes.keys()].some((k) => k.endsWith(` ${request.path}`))
    ) {
      res.writeHead(204, corsHeaders);
      return void res.end();
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(res, 405, 'method');
    const file = await resolveStatic(mounts, request.path);
    // Browsers ask for a favicon on their own; a 404 would show up as a console error.
    if (!file && request.path === '/favicon.ico') return void res.writeHead(204).end();
    if (!file) return sendText(res, 404, `not found: ${request.path}`);
    res.writeHead(200, {
      'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (path) => new URL(path.replace(/^\/?/, '/'), origin).href,
    route(method, path, handler) {
      const key = routeKey(method, path);
      routes.set(key, handler);
      return () => void routes.delete(key);
    },
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path && r.method !== 'OPTIONS'),
    clearRequests: () => void requests.splice(0),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

function withSlashes(prefix: string): string {
  return `/${prefix.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** Maps a URL path onto a mounted folder, refusing paths that climb out of it. */
async function resolveStatic(
  mounts: ReadonlyArray<readonly [string, string]>,
  path: string,
): Promise<string | null> {
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix) && `${path}/` !== prefix) continue;
    const candidate = normalize(join(dir, path.slice(prefix.length)));
    if (candidate !== dir && !candidate.startsWith(dir + sep)) return null;
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
    if (info?.isDirectory()) {
      const index = join(candidate, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  }
  return null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function sendRoute(res: ServerResponse, response: RouteResponse): void {
  const { status = 200, headers = {}, body } = response;
  const isText = typeof body === 'string';
  const payload = body === undefined ? '' : isText ? body : JSON.stringify(body);
  const type = isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  res.writeHead(status, { ...corsHeaders, 'content-type': type, ...headers });
  res.end(payload);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
