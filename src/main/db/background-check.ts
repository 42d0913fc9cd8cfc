import { Worker } from 'node:worker_threads';
import type { DatabaseKey } from './cipher.ts';
import type { IntegrityReply, IntegrityRequest } from './integrity-worker.ts';

export interface BackgroundCheck {
  /** What the check found: ok, or the problem (e.g. 'damaged'). */
  reply: IntegrityReply;
  /** Closes the worker's connection (after the damaged file has been moved aside). */
  release(): Promise<void>;
}

/**
 * Runs integrity-worker.ts (or its bundle, in the desktop app) on `file`. A worker that
 * cannot run at all (it stopped, or could not open the file) is reported as not checked,
 * never as damage: only SQLite's own answer moves a file aside.
 */
export function checkInBackground(
  workerFile: URL,
  file: string,
  key: DatabaseKey | null,
): Promise<BackgroundCheck | null> {
  return new Promise((resolve) => {
    const request: IntegrityRequest = { file, key: key ? new Uint8Array(key) : null };
    const worker = new Worker(workerFile, { workerData: request });
    worker.unref();
    let answered = false;
    const exited = new Promise<void>((done) => worker.once('exit', () => done()));
    worker.once('message', (reply: IntegrityReply) => {
      answered = true;
      resolve({
        reply,
        release: async () => {
          worker.postMessage('close');
          await exited;
        },
      });
    });
    worker.once('error', (error) => {
      console.error('[check] the background check could not run', error);
      if (!answered) resolve(null);
    });
    void exited.then(() => {
      if (!answered) resolve(null);
    });
  });
}
