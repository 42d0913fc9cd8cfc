import type { Database as SqliteDatabase } from 'better-sqlite3';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
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

const COOKIE = { Cookie: `jointplan_session=${SECRET}` };

function post(
  method: string,
  input: unknown,
  headers: Record<string, string> = COOKIE,
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

  it('refuses pages and API calls without it', async () => {
    expect((await request('/')).status).toBe(403);
    expect((await request('/bridge.js')).status).toBe(403);
    const api = await post('patients.create', ada, {});
    expect(api.status).toBe(403);
    expect(api.body).not.toContain('"ok"');
    expect(patientCount()).toBe(0);
  });

  it('refuses a wrong secret in the URL or the cookie', async () => {
    expect((await request('/?token=guess')).status).toBe(403);
    expect((await request(`/?token=${SECRET}x`)).status).toBe(403);
    expect((await post('patients.search', {}, { Cookie: 'jointplan_session=guess' })).status).toBe(
      403,
    );
    expect((await post('patients.search', {}, { Cookie: `other=${SECRET}` })).status).toBe(403);
  });

  it('trades the secret in the URL for a strict, HttpOnly cookie and a clean address', async () => {
    const reply = await request(`/?token=${SECRET}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toContain(`jointplan_session=${SECRET}`);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);

    // The cookie it sets is enough from then on.
    const session = cookie.split(';')[0] ?? '';
    expect((await request('/', { headers: { Cookie: session } })).status).toBe(200);
  });

  it('keeps the rest of the address when redirecting', async () => {
    const reply = await request(`/index.html?token=${SECRET}&view=list`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/index.html?view=list');
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
        headers: { ...COOKIE, Host: hostName, 'Content-Type': 'application/json' },
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
      (await request('/', { headers: { ...COOKIE, Host: `localhost:${host.port}` } })).status,
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
        headers: { ...COOKIE, 'Content-Type': type },
        body: JSON.stringify(ada),
      });
      expect(reply.status, type).toBe(415);
    }
    const untyped = await request('/api/patients.create', {
      method: 'POST',
      headers: COOKIE,
      body: JSON.stringify(ada),
    });
    expect(untyped.status).toBe(415);
    expect(patientCount()).toBe(0);
  });

  it('refuses malformed JSON with 400 and GET with 405', async () => {
    const bad = await request('/api/patients.create', {
      method: 'POST',
      headers: { ...COOKIE, 'Content-Type': 'application/json' },
      body: '{"patient":',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await request('/api/patients.search', { headers: COOKIE })).status).toBe(405);
  });
});

describe('the renderer files', () => {
  it('serves index.html with the bridge script loaded first in <head>', async () => {
    const reply = await request('/', { headers: COOKIE });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain('<script src="./bridge.js"></script>');
    expect(reply.body.indexOf('bridge.js')).toBeLessThan(reply.body.indexOf('<title>'));
    expect(reply.body).toContain('<div id="root"></div>');
    expect((await request('/index.html', { headers: COOKIE })).body).toBe(reply.body);
  });

  it('sends protective headers', async () => {
    const reply = await request('/', { headers: COOKIE });
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('serves assets inside the renderer folder', async () => {
    const reply = await request('/assets/app.js', { headers: COOKIE });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.body).toBe('console.log("app");');
    expect((await request('/assets/missing.js', { headers: COOKIE })).status).toBe(404);
  });

  it('serves ES-module scripts (.mjs, such as the PDF preview worker) as JavaScript', async () => {
    const reply = await request('/assets/worker.mjs', { headers: COOKIE });
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
    const reply = await request(attempt, { headers: COOKIE });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(OUTSIDE_SECRET);
  });

  it('serves a bridge.js that defines window.api with every contract method', async () => {
    const reply = await request('/bridge.js', { headers: COOKIE });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const name of METHOD_NAMES) expect(reply.body).toContain(JSON.stringify(name));

    // Run it as a page would, with fetch pointed at this host.
    const window: Record<string, unknown> = {};
    const fetchFromPage = (
      url: string,
      init: { method: string; headers: Record<string, string>; body: string },
    ) =>
      fetch(new URL(url, `http://127.0.0.1:${host.port}/`), {
        ...init,
        headers: { ...init.headers, ...COOKIE },
      });
    vm.runInNewContext(reply.body, { window, fetch: fetchFromPage });
    const api = window.api as Record<string, (input?: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.isFrozen(api)).toBe(true);

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
    const reply = await request('/assets/%E0%A4%A.js', { headers: COOKIE });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
  });

  it('answers a broken percent-escape in a method name with an envelope, not a server error', async () => {
    const reply = await post('patients%ZZ', {});
    expect(reply.status).toBeLessThan(500);
  });
});
