/**
 * Checks every page of the live database on a worker thread, on its own read-only
 * connection, so a large file is checked without holding up the start or the window.
 * It answers once; a damaged file keeps its connection open until told to close, so the
 * app's own connection closing meanwhile is not the last and does not checkpoint into it.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { parentPort, workerData } from 'node:worker_threads';
import { openKeyed } from './cipher.ts';
import { inspectDatabase } from './inspect.ts';

export interface IntegrityRequest {
  file: string;
  /** The live database's key (copied into the worker), or null when it is plain. */
  key: Uint8Array | null;
}

export type IntegrityReply = { ok: true } | { ok: false; problem: string };

const { file, key } = workerData as IntegrityRequest;
let reply: IntegrityReply;
let db: Database | null = null;
try {
  // Keyed as the app's own connection is: an encrypted file is read page by page, never
  // decrypted into memory.
  db = openKeyed(file, key ? Buffer.from(key) : null, { readonly: true, fileMustExist: true });
  const finding = inspectDatabase(db, 'quick');
  reply = finding.ok ? { ok: true } : { ok: false, problem: finding.problem };
} catch {
  reply = { ok: false, problem: 'damaged' };
}
if (reply.ok) {
  db?.close();
  parentPort?.postMessage(reply);
} else {
  parentPort?.postMessage(reply);
  parentPort?.once('message', () => {
    if (db?.open) db.close();
    parentPort?.close();
  });
}
