import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as SqliteDatabase, Options } from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * The database key: 32 random bytes, one per database, given to SQLite3 Multiple Ciphers as
 * a raw key (`x'…'`), so no password stretching runs at each open (the key is already
 * random; stretching a random 256-bit key adds nothing but start-up time).
 *
 * Cipher: ChaCha20-Poly1305, SQLite3MC's default. Every page carries its own nonce and a
 * Poly1305 tag, so a changed page is refused rather than read, and ChaCha20 is fast in plain
 * software on machines without AES instructions (older clinic laptops). Interoperability with
 * SQLCipher tools (the reason to pick `sqlcipher`) is not wanted: nothing else opens the file.
 */
export type DatabaseKey = Buffer;
export const DATABASE_KEY_BYTES = 32;
const CIPHER = 'chacha20';
const SQLITE_HEADER = 'SQLite format 3\u0000';

export class WrongKeyError extends Error {
  constructor(file: string) {
    super(`The key does not open ${file}.`);
    this.name = 'WrongKeyError';
  }
}

function keyLiteral(key: DatabaseKey): string {
  if (key.length !== DATABASE_KEY_BYTES) throw new Error('A database key is 32 bytes.');
  return `"x'${key.toString('hex')}'"`;
}

/**
 * Keys a connection before any other statement, then keeps temporary tables and sorts in
 * memory (SQLite's temporary files would not be encrypted). With a null key only the
 * temp_store setting applies: the database is plain.
 */
export function applyKey(db: SqliteDatabase, key: DatabaseKey | null): void {
  if (key) {
    db.pragma(`cipher = '${CIPHER}'`);
    db.pragma(`key = ${keyLiteral(key)}`);
    // Each page read from the file is decrypted; a larger page cache (32 MiB, against
    // SQLite's 2 MiB) keeps a caseload's search index decrypted in memory between searches.
    db.pragma('cache_size = -32768');
  }
  db.pragma('temp_store = MEMORY');
}

/** Opens a database file with its key (or plain when the key is null); a wrong key throws. */
export function openKeyed(
  file: string,
  key: DatabaseKey | null,
  options: Options = {},
): SqliteDatabase {
  const db = new Database(file, options);
  try {
    applyKey(db, key);
    if (key) db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    db.close();
    if (key && (error as { code?: unknown }).code === 'SQLITE_NOTADB') {
      throw new WrongKeyError(file);
    }
    throw error;
  }
  return db;
}

/**
 * Whether a file is an encrypted database: not empty and without SQLite's plain header
 * (an encrypted file's first bytes are its cipher salt). A missing file is not.
 */
export function isEncryptedFile(file: string): boolean {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return false;
  }
  if (size === 0) return false;
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    return read === 16 && header.toString('latin1') !== SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/**
 * Encrypts a plain database file in place with `key`. Only for a private copy no one else
 * has open (see encrypt-plain.ts): the rollback journal is kept in memory, so no plain page
 * is written to a journal file; a crash midway leaves a copy that is thrown away.
 */
export function encryptFileInPlace(file: string, key: DatabaseKey): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('journal_mode = MEMORY');
    db.pragma(`cipher = '${CIPHER}'`);
    db.pragma(`rekey = ${keyLiteral(key)}`);
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
