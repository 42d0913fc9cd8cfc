import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { AppApi } from '../shared/api.ts';
import { dispatch } from '../main/dispatch.ts';
import { ClientGone, readBody } from './body.ts';
import { bridgeScript, SECRET_HEADER } from './bridge.ts';
import { routeUnlock, type UnlockGate } from './unlock-route.ts';

export interface WebHostOptions {
  api: AppApi;
  /** The built renderer (electron-vite's `out/renderer`). */
  rendererDir: string;
  port?: number;
  /** Defaults to a fresh random secret per run. */
  secret?: string;
  /** Serves the unlock page (and refuses the app API) until the data is open. */
  unlock?: UnlockGate;
}

export interface WebHost {
  server: Server;
  /** The address to open: carries the secret once; the page keeps it in its own storage. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // pdf.js starts its worker as an ES module, which browsers load only as JavaScript.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** decodeURIComponent that answers null for a broken escape instead of throwing. */
function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Whether a request comes from a page of this very origin, as far as the browser says: a
 * page on another port of 127.0.0.1 is "same-site" but not "same-origin". Clients that are
 * not browsers send neither header, and must show the secret like everyone else.
 */
function fromOwnOrigin(req: IncomingMessage, host: string): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${host}`;
}

/**
 * A built asset whose name carries its content's hash (Vite writes `name-HASH.ext` under
 * assets/): a changed file gets a new name, so the browser may keep it for good and reuse
 * the code it compiled from it, instead of fetching and compiling the window's code at
 * every page load. Everything else (index.html, the bridge) is fetched fresh each time.
 */
const HASHED_ASSET = /^\/assets\/[^/]+-[\w-]{8,}\.\w+$/;
const KEEP_FOR_GOOD = { 'Cache-Control': 'public, max-age=31536000, immutable' };

const FORBIDDEN = 'Open JointPlan with the address printed when the web host started.';

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
    ...extra,
  });
  res.end(body);
}

/**
 * Serves the built renderer and the app API over HTTP on 127.0.0.1, for tests and for
 * using JointPlan in a browser. Every API call must carry the per-run secret in a header,
 * which the bridge takes from the printed address and keeps in the page's own storage. Not
 * in a cookie: cookies ignore ports, so every other server on 127.0.0.1 the browser visits
 * would be sent it, and could replay it to read patients. The app's own files hold no
 * patient data and no secret, so they are served to anyone who can reach 127.0.0.1.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir);
  let indexHtml: string | null = null;
  const bridge = bridgeScript();
  // The page asks for the bridge by its content, so it too is kept and not fetched each load.
  const bridgeVersion = createHash('sha256').update(bridge).digest('hex').slice(0, 16);

  async function page(): Promise<string> {
    // The bridge must define window.api before the app's own script runs.
    indexHtml ??= (await readFile(path.join(rendererDir, 'index.html'), 'utf8')).replace(
      '<head>',
      `<head>\n    <script src="./bridge.js?v=${bridgeVersion}"></script>`,
    );
    return indexHtml;
  }

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    host: string,
  ): Promise<void> {
    if (!fromOwnOrigin(req, host)) return send(res, 403, 'text/plain; charset=utf-8', FORBIDDEN);
    const given = req.headers[SECRET_HEADER];
    if (!sameSecret(typeof given === 'string' ? given : undefined, secret))
      return send(res, 403, 'text/plain; charset=utf-8', FORBIDDEN);
    if (req.method !== 'POST')
      return send(res, 405, 'text/plain; charset=utf-8', 'POST only', { Allow: 'POST' });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, 'text/plain; charset=utf-8', 'JSON only');
    }
    const body = await readBody(req);
    if (body === null) {
      // The rest of the body was not read: this connection cannot carry another request.
      return send(
        res,
        413,
        'application/json',
        JSON.stringify({
          ok: false,
          error: { code: 'invalid-input', message: 'The request is too large.' },
        }),
        { Connection: 'close' },
      );
    }
    let input: unknown;
    try {
      input = JSON.parse(body);
    } catch {
      return send(
        res,
        400,
        'application/json',
        JSON.stringify({
          ok: false,
          error: { code: 'invalid-input', message: 'The request is not valid JSON.' },
        }),
      );
    }
    // An undecodable name is simply no method: dispatch answers with 'unknown-method'.
    const method = decodePath(url.pathname.slice(5)) ?? url.pathname.slice(5);
    const result = await dispatch(options.api, method, input);
    return send(res, 200, 'application/json', JSON.stringify(result));
  }

  const unlockContext = (host: string) => ({
    rendererDir,
    send,
    forbidden: FORBIDDEN,
    trusted: (req: IncomingMessage) => {
      const given = req.headers[SECRET_HEADER];
      return (
        fromOwnOrigin(req, host) &&
        sameSecret(typeof given === 'string' ? given : undefined, secret)
      );
    },
  });

  async function handle(req: IncomingMessage, res: ServerResponse, port: number): Promise<void> {
    const host = req.headers.host ?? '';
    // Refuse other host names: a web page elsewhere cannot reach us by DNS rebinding.
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(res, 421, 'text/plain; charset=utf-8', 'Wrong host');
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (options.unlock) {
      const token = url.searchParams.get('token');
      const validLink = token === null || sameSecret(token, secret);
      if (validLink && (await routeUnlock(options.unlock, req, res, url, unlockContext(host))))
        return;
    }
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url, host);

    const token = url.searchParams.get('token');
    if (token !== null && !sameSecret(token, secret))
      return send(
        res,
        403,
        'text/plain; charset=utf-8',
        'This link is not valid. Use the address printed when the web host started.',
      );
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'GET only');
    if (url.pathname === '/bridge.js') {
      const caching = url.searchParams.get('v') === bridgeVersion ? KEEP_FOR_GOOD : {};
      return send(res, 200, CONTENT_TYPES['.js'] ?? '', bridge, caching);
    }
    if (url.pathname === '/' || url.pathname === '/index.html')
      return send(res, 200, CONTENT_TYPES['.html'] ?? '', await page());

    const decoded = decodePath(url.pathname);
    const file = decoded === null ? null : path.resolve(rendererDir, `.${decoded}`);
    if (file === null || !file.startsWith(rendererDir + path.sep)) {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    try {
      const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
      const caching = HASHED_ASSET.test(url.pathname) ? KEEP_FOR_GOOD : {};
      return send(res, 200, type, await readFile(file), caching);
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  }

  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    handle(req, res, port).catch((error: unknown) => {
      // A client that hung up is gone: there is no one to answer and nothing went wrong.
      if (error instanceof ClientGone || res.destroyed) return;
      console.error('[web-host]', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${secret}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
