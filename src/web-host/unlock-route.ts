import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { UnlockSession } from '../main/unlock/unlock-session.ts';
import { readBody } from './body.ts';
import { SECRET_HEADER, STORAGE_KEY } from './bridge.ts';

/** The unlock page's state in the web host: locked until the session says the data is open. */
export interface UnlockGate {
  session: UnlockSession;
}

/** What the route borrows from the server: its answer and its guards, the app API's own. */
export interface RouteContext {
  rendererDir: string;
  send(res: ServerResponse, status: number, type: string, body: string | Buffer): void;
  /** The request comes from this origin and carries the per-run secret in its header. */
  trusted(req: IncomingMessage): boolean;
  forbidden: string;
}

const JSON_TYPE = 'application/json';
const TEXT_TYPE = 'text/plain; charset=utf-8';
const LOCKED = JSON.stringify({
  ok: false,
  error: {
    code: 'internal',
    message: 'JointPlan is locked: type the passphrase or recovery key first.',
  },
});

/**
 * The browser side of the unlock page: `window.unlock` posting each request to /unlock with
 * the secret, which it takes from the address once and keeps as the app's bridge does (the
 * same storage, so the app finds it when it is served at this address after unlocking).
 */
export function unlockBridgeScript(): string {
  return `(() => {
  const key = ${JSON.stringify(STORAGE_KEY)};
  const params = new URLSearchParams(location.search);
  const given = params.get('token');
  let secret = given;
  try {
    if (given !== null) localStorage.setItem(key, given);
    else secret = localStorage.getItem(key);
  } catch {}
  if (given !== null) history.replaceState(history.state, '', location.pathname);
  const send = async (request) => {
    if (!secret) return { ok: false, problem: 'no-address', message: 'Open JointPlan with the address printed when the web host started.' };
    const response = await fetch('./unlock', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ${JSON.stringify(SECRET_HEADER)}: secret },
      credentials: 'omit',
      body: JSON.stringify(request),
    });
    if (response.status === 403) return { ok: false, problem: 'not-from-window', message: await response.text() };
    return await response.json();
  };
  Object.defineProperty(window, 'unlock', { value: Object.freeze({ host: 'web', send }), writable: false });
})();
`;
}

/**
 * Answers what the unlock page needs, before the app is served: the page itself at the app's
 * address while locked, its bridge, its one API (POST /unlock, guarded as the app API is), and
 * a refusal for the app API until the data is open. False: not for this route.
 */
export async function routeUnlock(
  gate: UnlockGate,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: RouteContext,
): Promise<boolean> {
  const locked = gate.session.stage().stage !== 'open';
  if (url.pathname === '/unlock') {
    if (!context.trusted(req)) context.send(res, 403, TEXT_TYPE, context.forbidden);
    else if (req.method !== 'POST') context.send(res, 405, TEXT_TYPE, 'POST only');
    else if (!(req.headers['content-type'] ?? '').startsWith(JSON_TYPE))
      context.send(res, 415, TEXT_TYPE, 'JSON only');
    else {
      let request: unknown = null;
      try {
        request = JSON.parse((await readBody(req)) ?? 'null');
      } catch {
        // Not JSON: the session refuses it as it refuses any malformed request.
      }
      context.send(res, 200, JSON_TYPE, JSON.stringify(await gate.session.handle(request)));
    }
    return true;
  }
  if (!locked) return false;
  if (url.pathname.startsWith('/api/')) {
    context.send(res, 503, JSON_TYPE, LOCKED);
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (url.pathname === '/unlock-bridge.js') {
    context.send(res, 200, 'text/javascript; charset=utf-8', unlockBridgeScript());
    return true;
  }
  if (url.pathname === '/' || url.pathname === '/index.html') {
    const unlockHtml = (
      await readFile(path.join(context.rendererDir, 'unlock.html'), 'utf8')
    ).replace('<head>', '<head>\n    <script src="./unlock-bridge.js"></script>');
    context.send(res, 200, 'text/html; charset=utf-8', unlockHtml);
    return true;
  }
  return false;
}
