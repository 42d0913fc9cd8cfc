import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { emptyPatientInput } from '../shared/domain/patient.ts';
import { createAppApi } from '../main/app-api.ts';
import { DATABASE_FILE_NAME, openDatabase } from '../main/db/open.ts';
import { startWebHost, type WebHost } from '../web-host/server.ts';

/*
 * A web host on a real database in a temporary folder, with a small renderer folder and files
 * beside it that a path traversal would reach, for the web host's tests. `host`, `db` and
 * `dir` are live bindings, set afresh before each test by useWebHost().
 */
export const SECRET = 'test-secret-0123456789abcdef';
export const INDEX_HTML =
  '<!doctype html>\n<html>\n  <head>\n    <title>JointPlan</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n';
export const OUTSIDE_SECRET = 'THIS FILE IS OUTSIDE THE RENDERER FOLDER';

export let dir: string;
export let db: SqliteDatabase;
export let host: WebHost;

/** Starts a fresh host before each test of the calling file and removes it after. */
export function useWebHost(): void {
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-web-'));
    const rendererDir = path.join(dir, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
    writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
    writeFileSync(path.join(rendererDir, 'assets', 'worker.mjs'), 'export {};');
    // A built file named for its content, as Vite writes them.
    writeFileSync(path.join(rendererDir, 'assets', 'index-Ab3_x-9Z.js'), 'export {};');
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
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so the path and Host header are sent exactly as given. */
export function request(
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
export const AUTH = { 'X-JointPlan-Secret': SECRET };

export function post(
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

export const patientCount = () =>
  (db.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n;
export const ada = {
  patient: {
    ...emptyPatientInput(),
    givenName: 'Ada',
    familyName: 'Lovelace',
    chartNumber: 'AL-1',
  },
};
