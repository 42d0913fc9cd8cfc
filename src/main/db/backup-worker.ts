/**
 * Makes one backup on a worker thread, so the main process (and the window it serves) never
 * waits for it: reads a consistent image of the live database on its own read-only
 * connection (WAL lets the app keep writing), writes it compressed (and encrypted when the
 * database is), then reads the file back and checks the restored form as a restore would.
 */
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { readBackupImage, standaloneImage, writeBackupFile } from './backup-file.ts';
import { inspectDatabase } from './inspect.ts';
import { openKeyed } from './cipher.ts';
import { imageDatabase } from './keyed-copy.ts';

export interface BackupJob {
  source: string;
  target: string;
  key: Uint8Array | null;
}

export type BackupWorkerMessage =
  | { type: 'progress'; phase: 'reading' | 'writing' | 'checking'; done: number; total: number }
  | { type: 'done'; schemaVersion: number; patientCount: number; imageBytes: number }
  | { type: 'failed'; message: string; code?: string };

const post = (message: BackupWorkerMessage) => parentPort?.postMessage(message);

const PROBLEM_WORDS: Record<string, string> = {
  'not-ours': 'it is not a JointPlan database',
  'newer-version': 'it is from a newer version of JointPlan',
  incomplete: 'parts of JointPlan’s data are missing from it',
  damaged: 'it is damaged',
  'snapshot-changed': 'a frozen plan in it does not match its fingerprint',
};

/** Reads the image and writes the backup file; the image lives only in here. */
function writeSnapshot(job: BackupJob, key: Buffer | null) {
  // Keyed as the app's own connection is (cipher.ts); a wrong key is refused here, not later.
  const live = openKeyed(job.source, key, { readonly: true, fileMustExist: true });
  let image: Buffer;
  let meta: { schemaVersion: number; patientCount: number };
  try {
    post({ type: 'progress', phase: 'reading', done: 0, total: 1 });
    // One read transaction: the image and the counts are of the same instant.
    ({ image, meta } = live.transaction(() => ({
      image: standaloneImage(live.serialize()),
      meta: {
        schemaVersion: live.pragma('user_version', { simple: true }) as number,
        patientCount: (live.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n,
      },
    }))());
  } finally {
    live.close();
  }
  writeBackupFile(job.target, image, meta, key, (done, total) =>
    post({ type: 'progress', phase: 'writing', done, total }),
  );
  return { sha: createHash('sha256').update(image).digest('hex'), meta, imageBytes: image.length };
}

function run(job: BackupJob): BackupWorkerMessage {
  const key = job.key ? Buffer.from(job.key) : null;
  // Written first and let go, so only one copy of the database is in memory at a time.
  const { sha, meta, imageBytes } = writeSnapshot(job, key);
  const restored = readBackupImage(job.target, key, (done, total) =>
    post({ type: 'progress', phase: 'checking', done, total }),
  );
  if (createHash('sha256').update(restored).digest('hex') !== sha)
    return { type: 'failed', message: 'it did not read back as it was written' };
  const copy = imageDatabase(restored);
  try {
    const finding = inspectDatabase(copy, true);
    if (!finding.ok)
      return { type: 'failed', message: PROBLEM_WORDS[finding.problem] ?? 'it failed its checks' };
  } finally {
    copy.close();
  }
  return { type: 'done', ...meta, imageBytes };
}

try {
  post(run(workerData as BackupJob));
} catch (error) {
  // The system's code (ENOSPC, EROFS…) travels with it, so the app can say "disk full".
  const code = (error as { code?: unknown } | null)?.code;
  post({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
    ...(typeof code === 'string' ? { code } : {}),
  });
}
