import type { Database as SqliteDatabase } from 'better-sqlite3';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../shared/api.ts';
import { emptyPatientInput } from '../shared/domain/patient.ts';
import { createAppApi } from '../main/app-api.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../main/db/open.ts';
import { startWebHost, type WebHost } from './server.ts';

const SECRET = 'test-secret-0123456789abcdef';
const INDEX_HTML =
  '<!doctype html>\n<html>\n  <head>\n    <title>JointPlan</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n';
const OUTSIDE_SECRET = 'THIS FILE IS OUTSIDE THE RENDERER FOLDER';

let dir: string;
let db: SqliteDatabase;
let host: WebHost;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-web-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(path.join(rendererDir, 'assets', 'worker.mjs'), 'export {};');
  // Files a path traversal would reach: the folder's parent and a sibling sharing its prefix.
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ secret: OUTSIDE_SECRET }));
  mkdirSync(path.join(dir, 'renderer-private'));
  writeFileSync(path.join(dir, 'renderer-private', 'notes.txt'), OUTSIDE_SECRET);

  db = await openDatabase(path.join(dir, 'data', DATABASE_FILE_NAME));
  const api = createAppApi({ db, dataDir: path.join(dir, 'data'), appVersion: 'test' });
  host = await startWebHost({ api, rendererDir, port: 0, secret: SECRET });
});

afterEach(async () => {
  await host.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so the path and Host header are sent exactly as given. */
function request(
  pathAndQuery: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pathAndQuery,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** How the bridge proves itself: a header, which a browser never adds on its own. */
const AUTH = { 'X-JointPlan-Secret': SECRET };

function post(
  method: string,
  input: unknown,
  headers: Record<string, string> = AUTH,
): Promise<Reply> {
  return request(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

const patientCount = () =>
  (db.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n;
const ada = {
  patient: {
    ...emptyPatientInput(),
    givenName: 'Ada',
    familyName: 'Lovelace',
    chartNumber: 'AL-1',
  },
};

describe('the secret', () => {
  it('prints an address carrying the secret on 127.0.0.1', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${SECRET}`);
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('refuses API calls without it, and with it only in a cookie', async () => {
    const api = await post('patients.create', ada, {});
    expect(api.status).toBe(403);
    expect(api.body).not.toContain('"ok"');
    // Cookies ignore ports: any server on 127.0.0.1 the browser visits would be sent one.
    const cookie = await post('patients.create', ada, { Cookie: `jointplan_session=${SECRET}` });
    expect(cookie.status).toBe(403);
    expect(patientCount()).toBe(0);
  });

  it('refuses a wrong secret in the URL or the header', async () => {
    expect((await request('/?token=guess')).status).toBe(403);
    expect((await request(`/?token=${SECRET}x`)).status).toBe(403);
    expect((await post('patients.search', {}, { 'X-JointPlan-Secret': 'guess' })).status).toBe(403);
    expect((await post('patients.search', {}, { Other: SECRET })).status).toBe(403);
  });

  it('serves the app’s own files without it, setting no cookie: they hold no patient data', async () => {
    for (const address of ['/', `/?token=${SECRET}`, '/bridge.js', '/assets/app.js']) {
      const reply = await request(address);
      expect(reply.status, address).toBe(200);
      expect(reply.headers['set-cookie'], address).toBeUndefined();
      expect(reply.body, address).not.toContain(SECRET);
    }
  });

  it('refuses an API call another origin sends, even with the secret', async () => {
    const other = `http://127.0.0.1:${host.port + 1}`;
    for (const headers of [
      { Origin: other },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'same-site' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ]) {
      const reply = await post('patients.create', ada, { ...AUTH, ...headers });
      expect(reply.status, JSON.stringify(headers)).toBe(403);
    }
    expect(patientCount()).toBe(0);
    const own = { Origin: `http://127.0.0.1:${host.port}`, 'Sec-Fetch-Site': 'same-origin' };
    expect((await post('patients.create', ada, { ...AUTH, ...own })).status).toBe(200);
  });
});

describe('the API over HTTP', () => {
  it('creates and finds a patient', async () => {
    const created = await post('patients.create', ada);
    expect(created.status).toBe(200);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(created.body) as {
      ok: boolean;
      value: { id: string; familyName: string };
    };
    expect(body).toMatchObject({ ok: true, value: { familyName: 'Lovelace' } });
    expect(patientCount()).toBe(1);

    const found = JSON.parse((await post('patients.search', { query: 'love' })).body);
    expect(found).toMatchObject({
      ok: true,
      value: { patients: [{ id: body.value.id, familyName: 'Lovelace' }] },
    });
  });

  it('answers errors as envelopes', async () => {
    await post('patients.create', ada);
    const conflict = JSON.parse((await post('patients.create', ada)).body);
    expect(conflict).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { chartNumber: expect.stringContaining('Ada Lovelace') } },
    });
    expect(JSON.parse((await post('patients.nope', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    const invalid = JSON.parse(
      (await post('patients.create', { patient: { givenName: 'x' } })).body,
    );
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a wrong Host header with 421, even with the cookie', async () => {
    for (const hostName of [
      `evil.example:${host.port}`,
      '127.0.0.1',
      `127.0.0.1:${host.port + 1}`,
      `localhost.evil.example:${host.port}`,
    ]) {
      const reply = await request('/api/patients.create', {
        method: 'POST',
        headers: { ...AUTH, Host: hostName, 'Content-Type': 'application/json' },
        body: JSON.stringify(ada),
      });
      expect(reply.status, hostName).toBe(421);
    }
    expect(
      (await request(`/?token=${SECRET}`, { headers: { Host: `evil.example:${host.port}` } }))
        .status,
    ).toBe(421);
    expect(patientCount()).toBe(0);
  });

  it('accepts localhost as the Host', async () => {
    expect(
      (await request('/', { headers: { ...AUTH, Host: `localhost:${host.port}` } })).status,
    ).toBe(200);
  });

  it('refuses a body that is not JSON with 415', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const reply = await request('/api/patients.create', {
        method: 'POST',
        headers: { ...AUTH, 'Content-Type': type },
        body: JSON.stringify(ada),
      });
      expect(reply.status, type).toBe(415);
    }
    const untyped = await request('/api/patients.create', {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify(ada),
    });
    expect(untyped.status).toBe(415);
    expect(patientCount()).toBe(0);
  });

  it('refuses malformed JSON with 400 and GET with 405', async () => {
    const bad = await request('/api/patients.create', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: '{"patient":',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await request('/api/patients.search', { headers: AUTH })).status).toBe(405);
  });
});

describe('the renderer files', () => {
  it('serves index.html with the bridge script loaded first in <head>', async () => {
    const reply = await request('/', { headers: AUTH });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain('<script src="./bridge.js"></script>');
    expect(reply.body.indexOf('bridge.js')).toBeLessThan(reply.body.indexOf('<title>'));
    expect(reply.body).toContain('<div id="root"></div>');
    expect((await request('/index.html', { headers: AUTH })).body).toBe(reply.body);
  });

  it('sends protective headers', async () => {
    const reply = await request('/', { headers: AUTH });
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('serves assets inside the renderer folder', async () => {
    const reply = await request('/assets/app.js', { headers: AUTH });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.body).toBe('console.log("app");');
    expect((await request('/assets/missing.js', { headers: AUTH })).status).toBe(404);
  });

  it('serves ES-module scripts (.mjs, such as the PDF preview worker) as JavaScript', async () => {
    const reply = await request('/assets/worker.mjs', { headers: AUTH });
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%2frenderer-private/notes.txt',
    '/..%5cpackage.json',
  ])('does not serve %s from outside the renderer folder', async (attempt) => {
    const reply = await request(attempt, { headers: AUTH });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(OUTSIDE_SECRET);
  });

  it('serves a bridge.js that defines window.api with every contract method', async () => {
    const reply = await request('/bridge.js', { headers: AUTH });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const name of METHOD_NAMES) expect(reply.body).toContain(JSON.stringify(name));

    // Run it as a page opened at the printed address would, with fetch pointed at this host.
    const storage = new Map<string, string>();
    const replaced: string[] = [];
    const page = {
      window: {} as Record<string, unknown>,
      location: { pathname: '/', search: `?token=${SECRET}&view=list`, hash: '#/patients' },
      history: {
        state: null,
        replaceState: (_: unknown, __: string, url: string) => replaced.push(url),
      },
      localStorage: {
        getItem: (k: string) => storage.get(k) ?? null,
        setItem: (k: string, v: string) => storage.set(k, v),
      },
      URLSearchParams,
      fetch: (url: string, init: RequestInit) =>
        fetch(new URL(url, `http://127.0.0.1:${host.port}/`), init),
    };
    vm.runInNewContext(reply.body, page);
    const api = page.window.api as Record<string, (input?: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.isFrozen(api)).toBe(true);
    // The secret leaves the address bar and stays in this origin's own storage.
    expect(replaced).toEqual(['/?view=list#/patients']);
    expect([...storage.values()]).toEqual([SECRET]);

    expect(await api['patients.create']?.(ada)).toMatchObject({
      ok: true,
      value: { familyName: 'Lovelace' },
    });
    expect(await api['app.info']?.()).toMatchObject({ ok: true, value: { version: 'test' } });
  });
});

// decodeURIComponent throws URIError on a broken escape; the host must answer 4xx, not
// "500 Internal error" with a logged stack trace.
describe('malformed addresses', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers a broken percent-escape in a file path with 4xx, not a server error', async () => {
    const reply = await request('/assets/%E0%A4%A.js', { headers: AUTH });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
  });

  it('answers a broken percent-escape in a method name with an envelope, not a server error', async () => {
    const reply = await post('patients%ZZ', {});
    expect(reply.status).toBeLessThan(500);
  });
});

describe('the connection', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Sends raw bytes and gathers everything the host answers until it closes the connection. */
  function raw(
    head: string,
    body: Buffer,
    hangUp = false,
  ): Promise<{ text: string; closed: boolean }> {
    return new Promise((resolve) => {
      const socket = connect(host.port, '127.0.0.1');
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString('latin1')));
      // A reset or a broken pipe is not a clean close.
      socket.on('error', () => resolve({ text, closed: false }));
      socket.on('end', () => resolve({ text, closed: true }));
      socket.write(head);
      socket.write(body, () => {
        if (!hangUp) return;
        socket.destroy();
        setTimeout(() => resolve({ text, closed: true }), 300);
      });
    });
  }

  const head = (length: number) =>
    `POST /api/patients.create HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-JointPlan-Secret: ${SECRET}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

  it('answers a body over the limit with 413 and Connection: close, then closes cleanly', async () => {
    const body = Buffer.alloc(13 * 1024 * 1024, 0x20);
    const reply = await raw(head(body.length), body);
    expect(reply.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply.text).toMatch(/\r\nConnection: close\r\n/i);
    expect(reply.text).toContain('The request is too large.');
    expect(reply.closed).toBe(true);
    expect(console.error).not.toHaveBeenCalled();
    expect(patientCount()).toBe(0);
  });

  it('refuses a body that says it is over the limit before reading it', async () => {
    const reply = await raw(head(64 * 1024 * 1024), Buffer.from('{"patient":'));
    expect(reply.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply.closed).toBe(true);
  });

  it('does not log a client that hangs up mid-request as an error', async () => {
    await raw(head(1000), Buffer.from('{"patient":{"givenName":"Ada"'), true);
    await new Promise((r) => setTimeout(r, 200));
    expect(console.error).not.toHaveBeenCalled();
    // …and goes on serving.
    expect((await post('patients.search', {})).status).toBe(200);
  });

  it('refuses text with a lone surrogate as invalid, storing nothing', async () => {
    // JSON can carry half a character as an escape; the body is sent exactly as written.
    const body = JSON.stringify(ada).replace('Lovelace', 'Love\\ud800lace');
    const reply = await request('/api/patients.create', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body,
    });
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        fields: { 'patient.familyName': expect.stringMatching(/^Family name has invalid text/) },
      },
    });
    expect(patientCount()).toBe(0);
  });
});
