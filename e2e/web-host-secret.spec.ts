import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startWebHost, test } from './fixtures.ts';

// Cookies ignore ports: whatever 127.0.0.1:A sets, the browser sends to 127.0.0.1:B too.
// These run the real web host and a second local server in real Chromium.
test.skip(({ appHost }) => appHost !== 'web', 'About the web host; Electron has no web secret');

interface Host {
  child: ChildProcess;
  url: string;
  port: number;
  secret: string;
  dir: string;
}

const hosts: Host[] = [];

async function host(): Promise<Host> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jointplan-e2e-secret-'));
  const { child, url } = await startWebHost(dir);
  const address = new URL(url);
  const started = {
    child,
    url,
    dir,
    port: Number(address.port),
    secret: address.searchParams.get('token') ?? '',
  };
  hosts.push(started);
  return started;
}

test.afterEach(async () => {
  for (const h of hosts.splice(0)) {
    const exited = new Promise((resolve) => h.child.once('exit', resolve));
    h.child.kill('SIGTERM');
    await exited;
    rmSync(h.dir, { recursive: true, force: true });
  }
});

/** An API call from Node, as another program on the computer would replay it. */
function replay(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/patients.search',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const createPatient = (page: Page, familyName: string) =>
  page.evaluate(
    (name) =>
      window.api['patients.create']({
        patient: {
          givenName: 'Ada',
          familyName: name,
          preferredName: null,
          dateOfBirth: null,
          chartNumber: null,
          diagnosis: null,
          diseaseStage: null,
          affectedJoints: [],
          phone: null,
          notes: '',
        },
      }),
    familyName,
  );

const familyNames = (page: Page) =>
  page.evaluate(async () => {
    const r = await window.api['patients.search']({});
    return r.ok ? r.value.patients.map((p) => p.familyName) : [r.error.message];
  });

test('a page on another port of 127.0.0.1 receives nothing it could use', async ({
  webBrowser,
}) => {
  const jointplan = await host();
  const seen: IncomingHttpHeaders[] = [];
  const other = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Another program</title><h1>Another program</h1>');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const otherPort = (other.address() as AddressInfo).port;
  const context = await (await webBrowser()).newContext();
  try {
    const page = await context.newPage();
    await openApp(page, jointplan.url);
    expect((await createPatient(page, 'Lovelace')).ok).toBe(true);
    // The secret has left the address bar.
    expect(page.url()).not.toContain(jointplan.secret);

    const stranger = await context.newPage();
    await stranger.goto(`http://127.0.0.1:${otherPort}/`);
    await stranger.goto(`http://127.0.0.1:${otherPort}/again`);
    // What the other server was sent, and what its page can see, hold no secret.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(seen)).not.toContain(jointplan.secret);
    const visible = await stranger.evaluate(
      () => `${document.cookie} ${JSON.stringify({ ...localStorage })}`,
    );
    expect(visible).not.toContain(jointplan.secret);
    // Replaying whatever cookies it was sent reads nothing.
    for (const headers of seen) {
      if (headers.cookie)
        expect(await replay(jointplan.port, { Cookie: headers.cookie })).toBe(403);
    }
    // Nor can its page call the API with the browser's credentials.
    const answer = await stranger.evaluate(async (port) => {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/api/patients.search`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        });
        return `answered ${r.status}: ${await r.text()}`;
      } catch {
        return 'blocked';
      }
    }, jointplan.port);
    expect(answer).not.toContain('Lovelace');
    // The app itself goes on working.
    expect(await familyNames(page)).toEqual(['Lovelace']);
  } finally {
    await context.close();
    await new Promise((resolve) => other.close(resolve));
  }
});

test('two web hosts open in one browser do not break each other', async ({ webBrowser }) => {
  const [first, second] = [await host(), await host()];
  const context = await (await webBrowser()).newContext();
  try {
    const a = await context.newPage();
    await openApp(a, first.url);
    const b = await context.newPage();
    await openApp(b, second.url);
    expect((await createPatient(a, 'First')).ok).toBe(true);
    expect((await createPatient(b, 'Second')).ok).toBe(true);
    expect(await familyNames(a)).toEqual(['First']);
    expect(await familyNames(b)).toEqual(['Second']);
    // Each keeps its secret through a reload, and a new tab of the same host has it too.
    await a.reload();
    await expect(a.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await familyNames(a)).toEqual(['First']);
    const a2 = await context.newPage();
    await openApp(a2, `http://127.0.0.1:${first.port}/`);
    expect(await familyNames(a2)).toEqual(['First']);
  } finally {
    await context.close();
  }
});
