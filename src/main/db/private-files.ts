import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import path from 'node:path';

/*
 * Patient data is readable by its user only: files 600 and folders 700 on POSIX, set
 * explicitly because a mode given at creation is narrowed by the umask but never widened,
 * and a file made by an older version (or by SQLite, which uses 644) may be open to others.
 * SQLite gives a database's -wal and -shm the database file's own mode. On Windows chmod
 * only toggles read-only; there the user-data folder's ACL keeps others out (see README).
 */
const POSIX = process.platform !== 'win32';

/**
 * chmod, except where the file system has no POSIX modes (FAT or exFAT drives, some network
 * shares answer EPERM or ENOTSUP): data kept there cannot be made private by a mode, and
 * refusing to start would help no one. A read-only file system (EROFS) is still an error.
 */
function setMode(target: string, mode: number): void {
  try {
    chmodSync(target, mode);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') {
      throw error;
    }
  }
}

/** Creates a folder JointPlan owns (and any missing parents) readable by the user only. */
export function privateFolder(dir: string): void {
  const firstMade = mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (POSIX && firstMade !== undefined) setMode(firstMade, 0o700);
  if (POSIX) setMode(dir, 0o700);
}

/** Creates `file` empty if it is not there, and makes it (and its -wal/-shm) private. */
export function privateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'wx', 0o600));
  if (!POSIX) return;
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (existsSync(file + suffix)) setMode(file + suffix, 0o600);
  }
}

/**
 * Creates the data folder if it is missing, private like a folder JointPlan owns. A folder
 * that is already there keeps its mode: the user may have chosen it (`--data-dir`) and keep
 * other things in it; what JointPlan puts inside is private on its own.
 */
export function dataFolder(dir: string): void {
  const firstMade = mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!POSIX || firstMade === undefined) return;
  for (let made = dir; made.length >= firstMade.length; made = path.dirname(made)) {
    setMode(made, 0o700);
    if (made === firstMade) break;
  }
}

/** Makes a folder of backups and every file in it private (backups from an older version). */
export function privateBackups(dir: string): void {
  if (!POSIX || !existsSync(dir)) return;
  setMode(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) setMode(path.join(dir, entry.name), 0o600);
  }
}

/**
 * Makes a file the user saved (a handout, a patient record) private. The save has already
 * happened: a file system that cannot take the mode leaves the file as it made it.
 */
export function privateSavedFile(file: string): void {
  if (!POSIX || !existsSync(file)) return;
  try {
    setMode(file, 0o600);
  } catch {
    // EROFS and the like: nothing more can be done to a file that is already written.
  }
}
