import { closeSync, existsSync, fsyncSync, openSync, rmSync, statSync, writeSync } from 'node:fs';

/**
 * Overwrites a file with zeros, flushes it, then deletes it. On a spinning disk this removes
 * the plain bytes; an SSD may keep old blocks out of reach of any program, which only
 * full-disk encryption covers (the README says so).
 */
export function shredFile(file: string): void {
  if (!existsSync(file)) return;
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    const zeros = Buffer.alloc(Math.min(size, 1 << 20));
    for (let at = 0; at < size; at += zeros.length) {
      writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(file, { force: true });
}

/** Shreds a database file and whatever SQLite keeps beside it. */
export function shredDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) shredFile(file + suffix);
}
