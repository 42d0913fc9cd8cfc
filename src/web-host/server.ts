import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { AppApi } from '../shared/api.ts';
import { dispatch } from '../main/dispatch.ts';
import { bridgeScript } from './bridge.ts';

export interface WebHostOptions {
  api: AppApi;
  /** The built renderer (electron-vite's `out/renderer`). */
  rendererDir: string;
  port?: number;
  /** Defaults to a fresh random secret per run. */
  secret?: string;
}

export interface WebHost {
  server: Server;
  /** The address to open: carries the secret once, which then lives in a cookie. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const COOKIE = 'jointplan_session';
// Room for a patient record file (MAX_RECORD_FILE_CHARS) once JSON-escaped inside a request.
const MAX_BODY_BYTES = 12 * 1024 * 1024;
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

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

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

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer and the app API over HTTP on 127.0.0.1, for tests and for
 * using JointPlan in a browser. Every request must carry the per-run secret (first in the
 * URL, then as a cookie), so other programs on the machine cannot read patient data.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir);
  let indexHtml: string | null = null;
  const bridge = bridgeScript();

  async function page(): Promise<string> {
    // The bridge must define window.api before the app's own script runs.
    indexHtml ??= (await readFile(path.join(rendererDir, 'index.html'), 'utf8')).replace(
      '<head>',
      '<head>\n    <script src="./bridge.js"></script>',
    );
    return indexHtml;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, port: number): Promise<void> {
    const host = req.headers.host ?? '';
    // Refuse other host names: a web page elsewhere cannot reach us by DNS rebinding.
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(res, 421, 'text/plain; charset=utf-8', 'Wrong host');
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const token = url.searchParams.get('token');
    if (token !== null) {
      if (!sameSecret(token, secret))
        return send(
          res,
          403,
          'text/plain; charset=utf-8',
          'This link is not valid. Use the address printed when the web host started.',
        );
      url.searchParams.delete('token');
      return send(res, 303, 'text/plain; charset=utf-8', '', {
        'Set-Cookie': `${COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname + url.search,
      });
    }
    if (!sameSecret(cookieValue(req, COOKIE), secret)) {
      return send(
        res,
        403,
        'text/plain; charset=utf-8',
        'Open JointPlan with the address printed when the web host started.',
      );
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST')
        return send(res, 405, 'text/plain; charset=utf-8', 'POST only', { Allow: 'POST' });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, 'text/plain; charset=utf-8', 'JSON only');
      }
      const body = await readBody(req);
      if (body === null) {
        return send(
          res,
          413,
          'application/json',
          JSON.stringify({
            ok: false,
            error: { code: 'invalid-input', message: 'The request is too large.' },
          }),
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

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'GET only');
    if (url.pathname === '/bridge.js') return send(res, 200, CONTENT_TYPES['.js'] ?? '', bridge);
    if (url.pathname === '/' || url.pathname === '/index.html')
      return send(res, 200, CONTENT_TYPES['.html'] ?? '', await page());

    const decoded = decodePath(url.pathname);
    const file = decoded === null ? null : path.resolve(rendererDir, `.${decoded}`);
    if (file === null || !file.startsWith(rendererDir + path.sep)) {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    try {
      const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
      return send(res, 200, type, await readFile(file));
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  }

  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    handle(req, res, port).catch((error: unknown) => {
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
