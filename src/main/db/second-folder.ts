import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { copyFile, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SecondFolderStatus } from '../../shared/domain/backup.ts';
import { privateFile, privateFolder } from './private-files.ts';
import { syncFolder } from './restore-journal.ts';

/** The folder JointPlan keeps its copies in, inside the one the therapist named. */
export const SECOND_FOLDER_NAME = 'JointPlan backups';
const DAILY = /^daily-(\d{4}-\d{2}-\d{2})\.(sqlite|jpbackup)$/;
const STATUS_FILE = 'second-folder.json';

export class SecondFolderMissing extends Error {}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function flush(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Copies a checked backup into the second folder (asynchronous file I/O, so the window never
 * waits on a slow stick or share), reads the copy back to be sure it is byte for byte the
 * checked one, and only then gives it its name. Daily copies beyond `keep` are removed there
 * as in the backups folder. A folder that is not there (a drive not plugged in) is never
 * created: that would put the copies on this computer's own disk, where the therapist does
 * not expect them.
 */
export async function copyToSecondFolder(
  backupFile: string,
  folder: string,
  keep: number,
): Promise<string> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new SecondFolderMissing(`The folder ${folder} is not there.`);
  }
  const dir = path.join(folder, SECOND_FOLDER_NAME);
  privateFolder(dir);
  const name = path.basename(backupFile);
  const target = path.join(dir, name);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    await copyFile(backupFile, partial);
    privateFile(partial);
    await flush(partial);
    if ((await sha256Of(partial)) !== (await sha256Of(backupFile))) {
      throw new Error('The copy did not read back as it was written.');
    }
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, target);
  syncFolder(dir);
  const dailies = readdirSync(dir)
    .filter((n) => DAILY.test(n))
    .sort((a, b) => (DAILY.exec(b)?.[1] ?? '').localeCompare(DAILY.exec(a)?.[1] ?? ''));
  for (const old of dailies.slice(keep)) rmSync(path.join(dir, old), { force: true });
  return dir;
}

interface StoredStatus {
  folder: string;
  lastSuccessAt: string | null;
  lastAttemptAt: string;
  problem: string | null;
}

function readStored(backupDir: string): StoredStatus | null {
  try {
    return JSON.parse(readFileSync(path.join(backupDir, STATUS_FILE), 'utf8')) as StoredStatus;
  } catch {
    return null; // none yet, or unreadable: as if no copy had been made
  }
}

/** What happened the last time a copy went to the second folder (kept beside the backups). */
export function readSecondFolderStatus(
  backupDir: string,
  folder: string | null,
): SecondFolderStatus | null {
  if (folder === null) return null;
  const copiesIn = path.join(folder, SECOND_FOLDER_NAME);
  const recorded = readStored(backupDir);
  // A status recorded for another folder says nothing about this one.
  const stored = recorded?.folder === folder ? recorded : null;
  const available = existsSync(folder);
  return {
    folder,
    copiesIn,
    available,
    lastSuccessAt: stored?.lastSuccessAt ?? null,
    problem: stored?.problem ?? null,
  };
}

export async function recordSecondFolderAttempt(
  backupDir: string,
  folder: string,
  at: string,
  problem: string | null,
): Promise<void> {
  const previous = readSecondFolderStatus(backupDir, folder);
  const status: StoredStatus = {
    folder,
    lastAttemptAt: at,
    lastSuccessAt: problem === null ? at : (previous?.lastSuccessAt ?? null),
    problem,
  };
  const file = path.join(backupDir, STATUS_FILE);
  await writeFile(`${file}.tmp`, JSON.stringify(status), { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}
