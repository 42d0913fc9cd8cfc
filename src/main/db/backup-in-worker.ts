import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BackupJob, BackupWorkerMessage } from './backup-worker.ts';

export interface BackupProgressEvent {
  phase: 'reading' | 'writing' | 'checking';
  /** 0 to 1. */
  fraction: number;
}

/**
 * The worker's file: the TypeScript source beside this one (tests, the web host), or the
 * bundle electron-vite builds beside the desktop app's index.js (electron.vite.config.ts).
 */
export function backupWorkerFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const source = path.join(here, 'backup-worker.ts');
  return existsSync(source) ? source : path.join(here, 'backup-worker.js');
}

/** Runs backup-worker.ts for one backup; resolves once the file is written and checked. */
export function backupInWorker(
  job: { source: string; target: string; key: Buffer | null },
  onProgress: (event: BackupProgressEvent) => void = () => {},
): Promise<{ schemaVersion: number; patientCount: number; imageBytes: number }> {
  return new Promise((resolve, reject) => {
    const data: BackupJob = {
      source: job.source,
      target: job.target,
      key: job.key ? new Uint8Array(job.key) : null,
    };
    const worker = new Worker(backupWorkerFile(), { workerData: data });
    let settled = false;
    worker.on('message', (message: BackupWorkerMessage) => {
      if (message.type === 'progress') {
        onProgress({
          phase: message.phase,
          fraction: message.total > 0 ? message.done / message.total : 0,
        });
      } else if (message.type === 'done') {
        settled = true;
        resolve(message);
      } else {
        settled = true;
        reject(
          Object.assign(new Error(`The backup was not kept: ${message.message}.`), {
            code: message.code,
          }),
        );
      }
    });
    worker.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled)
        reject(new Error(`The backup stopped before it was finished (exit code ${code}).`));
      settled = true;
    });
  });
}
