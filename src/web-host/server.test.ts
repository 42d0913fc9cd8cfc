import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../shared/api.ts';
import {
  ada,
  AUTH,
  host,
  OUTSIDE_SECRET,
  patientCount,
  post,
  request,
  SECRET,
  useWebHost,
} from '../test-support/web-host-harness.ts';

useWebHost();

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
    expect(reply.body).toMatch(/<script src="\.\/bridge\.js\?v=[0-9a-f]{16}"><\/script>/);
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

  it('lets the browser keep a file named for its content, and nothing else', async () => {
    const hashed = await request('/assets/index-Ab3_x-9Z.js', { headers: AUTH });
    expect(hashed.status).toBe(200);
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const address of ['/', '/bridge.js', '/assets/app.js', '/assets/worker.mjs']) {
      const reply = await request(address, { headers: AUTH });
      expect(reply.headers['cache-control'], address).toBe('no-store');
    }
    // The bridge, as the page asks for it: by its content.
    const bridge = /src="\.(\/bridge\.js\?v=[0-9a-f]+)"/.exec((await request('/')).body)?.[1];
    const versioned = await request(bridge ?? '', { headers: AUTH });
    expect(versioned.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(versioned.body).toBe((await request('/bridge.js', { headers: AUTH })).body);
    const stale = await request('/bridge.js?v=0123456789abcdef', { headers: AUTH });
    expect(stale.headers['cache-control']).toBe('no-store');
    const missing = await request('/assets/index-Zz3_x-9Z.js', { headers: AUTH });
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
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
