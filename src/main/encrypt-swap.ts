import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { backupTo, fileStamp } from './db/backups.ts';
import type { DatabaseKey } from './db/cipher.ts';
import { writeEncryptedCopy } from './db/encrypt-copy.ts';
import { privateFolder } from './db/private-files.ts';
import { syncFolder } from './db/restore-journal.ts';
import { shredDatabaseFiles } from './db/shred.ts';
import { asideName, moveBack, moveTo } from './recovery.ts';

/** The steps of encrypting a plain database, in order; a crash after any of them loses nothing. */
export const ENCRYPT_STEPS = [
  'journal-written',
  'encrypted-copy-made',
  'plain-backup-made',
  'closed',
  'moved-aside',
  'swapped',
  'reopened',
  'committed',
  'held-removed',
] as const;
export type EncryptStep = (typeof ENCRYPT_STEPS)[number];

/** The plain original is kept in the backups folder under this prefix until removed. */
export const PLAIN_ORIGINAL_PREFIX = 'plain-before-encryption-';

interface EncryptJournal {
  phase: 'started' | 'committed';
  /** The name, beside the live file, the plain live file is renamed to during the swap. */
  held: string;
  /** The checked plain backup (a name in the backups folder), once made. */
  plainBackup?: string;
}

const journalPath = (live: string) => `${live}.encrypt-journal`;
const incomingPath = (live: string) => `${live}.encrypting`;

function writeJournal(live: string, journal: EncryptJournal): void {
  const temp = `${journalPath(live)}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeFileSync(fd, JSON.stringify(journal));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, journalPath(live));
  syncFolder(path.dirname(live));
}

function removeJournal(live: string): void {
  rmSync(journalPath(live), { force: true });
  rmSync(`${journalPath(live)}.tmp`, { force: true });
  syncFolder(path.dirname(live));
}

function readJournal(live: string): EncryptJournal | null {
  if (!existsSync(journalPath(live))) return null;
  try {
    const j = JSON.parse(readFileSync(journalPath(live), 'utf8')) as Partial<EncryptJournal>;
    const heldOk =
      typeof j.held === 'string' &&
      path.basename(j.held) === j.held &&
      j.held.startsWith(`${path.basename(live)}.plain-`);
    if ((j.phase === 'started' || j.phase === 'committed') && heldOk) return j as EncryptJournal;
  } catch {
    // An unreadable journal is left for a person to look at; the files are not touched.
  }
  return null;
}

export interface EncryptSwap {
  db: Database;
  live: string;
  backupDir: string;
  key: DatabaseKey;
  now: Date;
  /** Opens the data folder's database (now encrypted) as the app does. */
  reopen: () => Promise<Database>;
  step?: (step: EncryptStep) => void;
}

/**
 * Encrypts the live plain database: an encrypted copy is made and checked beside it (see
 * writeEncryptedCopy), the plain data is kept as a checked backup, then the copy is renamed
 * in under a journal (as a restore is, see app-data.ts), so a start after a crash at any step
 * finishes or undoes it. Returns the reopened encrypted database and the plain backup's name.
 */
export async function encryptLive(
  swap: EncryptSwap,
): Promise<{ db: Database; plainBackup: string }> {
  const { live, backupDir, key } = swap;
  const step = swap.step ?? (() => {});
  const incoming = incomingPath(live);
  const held = asideName(live, 'plain', swap.now);
  const journal: EncryptJournal = { phase: 'started', held: path.basename(held) };
  writeJournal(live, journal);
  step('journal-written');
  const plainBackup = `${PLAIN_ORIGINAL_PREFIX}${fileStamp(swap.now)}.sqlite`;
  try {
    writeEncryptedCopy(swap.db, incoming, key);
    step('encrypted-copy-made');
    privateFolder(backupDir);
    await backupTo(swap.db, path.join(backupDir, plainBackup), null);
    writeJournal(live, { ...journal, plainBackup });
    step('plain-backup-made');
  } catch (error) {
    shredDatabaseFiles(incoming);
    removeJournal(live);
    throw error;
  }
  swap.db.close();
  step('closed');
  let db: Database;
  try {
    moveTo(live, held);
    step('moved-aside');
    renameSync(incoming, live);
    syncFolder(path.dirname(live));
    step('swapped');
    db = await swap.reopen();
    step('reopened');
  } catch (error) {
    console.error('[encrypt] putting the plain database back', error);
    if (existsSync(held)) {
      shredDatabaseFiles(live);
      moveBack(held, live);
    }
    shredDatabaseFiles(incoming);
    removeJournal(live);
    throw error;
  }
  writeJournal(live, { ...journal, plainBackup, phase: 'committed' });
  step('committed');
  // The checked plain backup holds the same data; the plain file beside the live one goes.
  shredDatabaseFiles(held);
  step('held-removed');
  removeJournal(live);
  return { db, plainBackup };
}

/**
 * Finishes or undoes an encryption a crash interrupted: once the encrypted copy has been
 * renamed in, it is finished (the plain file beside it goes when its checked backup exists);
 * before that it is undone, the plain file put back as it was. Returns what was done.
 */
export function settleInterruptedEncryption(
  live: string,
  backupDir: string,
): 'finished' | 'undone' | null {
  const journal = readJournal(live);
  if (!journal) return null;
  const held = path.join(path.dirname(live), journal.held);
  const finished = journal.phase === 'committed' || (existsSync(held) && existsSync(live));
  if (finished) {
    const backup = journal.plainBackup && path.join(backupDir, journal.plainBackup);
    if (backup && existsSync(backup)) shredDatabaseFiles(held);
  } else if (existsSync(held)) {
    moveBack(held, live);
  }
  shredDatabaseFiles(incomingPath(live));
  removeJournal(live);
  return finished ? 'finished' : 'undone';
}

/** The plain originals kept in the backups folder after encryption, oldest first. */
export function plainOriginals(backupDir: string): string[] {
  if (!existsSync(backupDir)) return [];
  return readdirSync(backupDir)
    .filter((name) => name.startsWith(PLAIN_ORIGINAL_PREFIX) && name.endsWith('.sqlite'))
    .sort();
}

/** Overwrites and deletes the plain originals, once the therapist says so. */
export function removePlainOriginals(backupDir: string): string[] {
  const names = plainOriginals(backupDir);
  for (const name of names) shredDatabaseFiles(path.join(backupDir, name));
  syncFolder(backupDir);
  return names;
}
