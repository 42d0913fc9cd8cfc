/**
 * Makes one backup on a worker thread, so the main process (and the window it serves) never
 * waits for it. The database is copied with VACUUM INTO, on the worker's own read-only
 * connection (WAL lets the app keep writing; the copy is of one instant), into a private
 * file beside the backup: encrypted under the same key when the database is, so nothing plain
 * reaches the disk. That file is written compressed (and encrypted) a frame at a time, the
 * backup read back frame by frame and its image's hash compared, and the copy (byte for byte
 * what a restore writes) checked as a restore would use it. No step holds the whole database
 * in memory, so a backup of any size is made in a few megabytes (it once serialised the
 * database into one buffer, which fails past 2 GiB).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { readBackupFrames } from './backup-file.ts';
import { imageFileSource, writeBackupFile } from './backup-file-write.ts';
import { inspectDatabase } from './inspect.ts';
import { isEncryptedFile, openKeyed } from './cipher.ts';
import { privateFile } from './private-files.ts';

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

/** The private copy of the database a backup is made from, beside the partial backup. */
const imageFileOf = (target: string) => `${target}.image`;

/** Copies the live database to `image` (of one instant) and reads what a list shows of it. */
function copyDatabase(job: BackupJob, key: Buffer | null, image: string) {
  // Keyed as the app's own connection is (cipher.ts); a wrong key is refused here, not later.
  const live = openKeyed(job.source, key, { readonly: true, fileMustExist: true });
  try {
    post({ type: 'progress', phase: 'reading', done: 0, total: 1 });
    privateFile(image); // private from its first byte (VACUUM INTO fills an empty file)
    // SQLite3 Multiple Ciphers writes the copy encrypted under the connection's key.
    live.prepare('VACUUM INTO ?').run(image);
  } finally {
    live.close();
  }
  const copy = openKeyed(image, key, { fileMustExist: true });
  try {
    // A standalone file (no write-ahead log beside it), as a restore puts it in place.
    copy.pragma('journal_mode = DELETE');
    post({ type: 'progress', phase: 'reading', done: 1, total: 1 });
    return {
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      patientCount: (copy.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n,
    };
  } finally {
    copy.close();
  }
}

function writeAndCheck(job: BackupJob, key: Buffer | null, image: string): BackupWorkerMessage {
  const meta = copyDatabase(job, key, image);
  // Its bytes become the restored database as they are: from an encrypted one, never plain.
  if (key && !isEncryptedFile(image))
    return { type: 'failed', message: 'the copy of the encrypted data was not encrypted' };
  const fd = openSync(image, 'r');
  let sha: string;
  let imageBytes: number;
  try {
    const source = imageFileSource(fd);
    imageBytes = source.bytes;
    sha = writeBackupFile(job.target, source, meta, key, {
      keyedFile: key !== null,
      progress: (done, total) => post({ type: 'progress', phase: 'writing', done, total }),
    });
  } finally {
    closeSync(fd);
  }
  const readBack = createHash('sha256');
  readBackupFrames(
    job.target,
    key,
    (piece) => readBack.update(piece),
    (done, total) => post({ type: 'progress', phase: 'checking', done, total }),
  );
  if (readBack.digest('hex') !== sha)
    return { type: 'failed', message: 'it did not read back as it was written' };
  // The backup holds exactly these bytes (the hashes match), so this is the restored form.
  const copy = openKeyed(image, key, { readonly: true, fileMustExist: true });
  try {
    const finding = inspectDatabase(copy, true);
    if (!finding.ok)
      return { type: 'failed', message: PROBLEM_WORDS[finding.problem] ?? 'it failed its checks' };
  } finally {
    copy.close();
  }
  return { type: 'done', ...meta, imageBytes };
}

function run(job: BackupJob): BackupWorkerMessage {
  const key = job.key ? Buffer.from(job.key) : null;
  const image = imageFileOf(job.target);
  rmSync(image, { force: true });
  try {
    return writeAndCheck(job, key, image);
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(image + suffix, { force: true });
  }
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
