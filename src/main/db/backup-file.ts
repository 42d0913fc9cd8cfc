import { createDecipheriv, createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { zstdDecompressSync } from 'node:zlib';

/*
 * A JointPlan backup file (`*.jpbackup`): a small header, then the database image in frames.
 *
 *   "JPBACKUP" | u32 header length | header (JSON) | frame… (the last one flagged final)
 *   frame = u32 payload length | u8 flags (1 = final) | payload
 *
 * Each frame holds up to CHUNK bytes of the image compressed with zstd on its own (frames
 * can be read one at a time). When the database is encrypted, each payload is AES-256-GCM
 * under a key made for this file alone (HKDF from the database key and the file's random
 * salt), its nonce the frame's index, and it authenticates the header's hash, its index and
 * whether it is the last: a changed header, a changed, missing, reordered or cut-off frame
 * fails. A plain backup carries the image's SHA-256 instead.
 *
 * What the frames hold (`image` in the header): format 1, the database as a plain SQLite file
 * (from a plain database, or, in backups made before format 2, the decrypted image of an
 * encrypted one); format 2 (`image: 'keyed-file'`), the encrypted database file itself, as
 * SQLite3 Multiple Ciphers wrote it under the database key, so an encrypted database of any
 * size is copied and restored through a file on disk, never whole in memory and never plain.
 */

export const MAGIC = Buffer.from('JPBACKUP', 'latin1');
/** The newest format this version reads (and writes for an encrypted database). */
export const BACKUP_FORMAT_VERSION = 2;
/** The most of the image one frame holds (a writer may use less, see backup-file-write.ts). */
export const CHUNK = 4 * 1024 * 1024;
export const TAG = 16;
const MAX_HEADER = 64 * 1024;

export interface BackupHeader {
  format: 'jointplan-backup';
  version: number;
  compression: 'zstd';
  imageBytes: number;
  /** What a list shows without reading the whole file. */
  schemaVersion: number;
  patientCount: number;
  /** Plain backups: the image's SHA-256. Encrypted ones are authenticated frame by frame. */
  imageSha256: string | null;
  /** Format 2: the frames hold the encrypted database file (see above); absent: plain. */
  image?: 'keyed-file';
  encryption: {
    cipher: 'aes-256-gcm';
    kdf: 'hkdf-sha256';
    salt: string;
    /** Tells "made with another key" apart from "damaged" before any frame is read. */
    keyCheck: string;
  } | null;
}

type BackupFileProblem = 'not-a-backup' | 'newer-format' | 'needs-key' | 'wrong-key' | 'damaged';

export class BackupFileError extends Error {
  readonly problem: BackupFileProblem;
  constructor(problem: BackupFileProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

export function hasBackupMagic(first: Buffer): boolean {
  return first.length >= MAGIC.length && first.subarray(0, MAGIC.length).equals(MAGIC);
}

export function keysFor(dbKey: Buffer, salt: Buffer) {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', dbKey, salt, info, 32));
  return { data: derive('jointplan backup v1 data'), check: derive('jointplan backup v1 check') };
}

export const keyCheckOf = (checkKey: Buffer) =>
  createHmac('sha256', checkKey).update('jointplan backup key check').digest('hex');

export function nonceOf(index: number): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(index), 4);
  return nonce;
}

export function aadOf(headerHash: Buffer, index: number, final: boolean): Buffer {
  const tail = Buffer.alloc(9);
  tail.writeBigUInt64BE(BigInt(index), 0);
  tail[8] = final ? 1 : 0;
  return Buffer.concat([headerHash, tail]);
}

/** A SQLite image as a standalone file: bytes 18-19 say rollback journal, not WAL. */
export function standaloneImage(image: Buffer): Buffer {
  if (image.length >= 20 && image[18] === 2 && image[19] === 2) image[18] = image[19] = 1;
  return image;
}

export interface WriteProgress {
  (done: number, total: number): void;
}

export function readExactly(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buffer, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got === length ? buffer : buffer.subarray(0, got);
}

const DAMAGED = 'This backup is damaged or incomplete.';

/** The header alone (cheap: a list shows it), or an error saying why the file is not one. */
export function readBackupHeader(file: string): { header: BackupHeader; framesAt: number } {
  const fd = openSync(file, 'r');
  try {
    return readHeaderFrom(fd);
  } finally {
    closeSync(fd);
  }
}

function readHeaderFrom(fd: number): {
  header: BackupHeader;
  framesAt: number;
  headerHash: Buffer;
} {
  const start = readExactly(fd, 12, 0);
  if (!hasBackupMagic(start) || start.length < 12)
    throw new BackupFileError('not-a-backup', 'This is not a JointPlan backup.');
  const length = start.readUInt32BE(8);
  if (length > MAX_HEADER) throw new BackupFileError('damaged', DAMAGED);
  const headerBytes = readExactly(fd, length, 12);
  if (headerBytes.length < length) throw new BackupFileError('damaged', DAMAGED);
  let header: BackupHeader;
  try {
    header = JSON.parse(headerBytes.toString('utf8')) as BackupHeader;
  } catch {
    throw new BackupFileError('damaged', DAMAGED);
  }
  if (header.format !== 'jointplan-backup' || typeof header.version !== 'number')
    throw new BackupFileError('not-a-backup', 'This is not a JointPlan backup.');
  if (header.version > BACKUP_FORMAT_VERSION)
    throw new BackupFileError(
      'newer-format',
      'This backup was made by a newer version of JointPlan.',
    );
  if (!Number.isSafeInteger(header.imageBytes) || header.imageBytes < 0)
    throw new BackupFileError('damaged', DAMAGED);
  // A keyed file is only ever encrypted; anything else this version does not know.
  if (header.image !== undefined && (header.image !== 'keyed-file' || !header.encryption))
    throw new BackupFileError('damaged', DAMAGED);
  return {
    header,
    framesAt: 12 + length,
    headerHash: createHash('sha256').update(headerBytes).digest(),
  };
}

/**
 * Reads a backup file's frames in order, handing each piece of the image (at most CHUNK
 * bytes) to `take`, every frame authenticated (encrypted backups) and the whole image's hash
 * checked at the end (plain ones). Throws BackupFileError; what `take` was given is to be
 * used only once this returns (a damaged plain backup is found at its end).
 */
export function readBackupFrames(
  file: string,
  key: Buffer | null,
  take: (piece: Buffer) => void,
  progress: WriteProgress = () => {},
): BackupHeader {
  const fd = openSync(file, 'r');
  try {
    const { header, framesAt, headerHash } = readHeaderFrom(fd);
    let keys: ReturnType<typeof keysFor> | null = null;
    if (header.encryption) {
      if (!key)
        throw new BackupFileError(
          'needs-key',
          'This backup is encrypted, and this database has no key to read it.',
        );
      keys = keysFor(key, Buffer.from(header.encryption.salt, 'hex'));
      const check = Buffer.from(keyCheckOf(keys.check), 'hex');
      const stored = Buffer.from(header.encryption.keyCheck, 'hex');
      if (stored.length !== check.length || !timingSafeEqual(stored, check))
        throw new BackupFileError(
          'wrong-key',
          'This backup was made with another database’s key, so it cannot be read here.',
        );
    }
    const hash = keys ? null : createHash('sha256');
    let filled = 0;
    let position = framesAt;
    for (let index = 0; ; index++) {
      const frameHead = readExactly(fd, 5, position);
      if (frameHead.length < 5) throw new BackupFileError('damaged', DAMAGED);
      const length = frameHead.readUInt32BE(0);
      const final = frameHead[4] === 1;
      if (length > CHUNK * 2) throw new BackupFileError('damaged', DAMAGED);
      const payload = readExactly(fd, length, position + 5);
      if (payload.length < length) throw new BackupFileError('damaged', DAMAGED);
      position += 5 + length;
      let packed = payload;
      if (keys) {
        if (payload.length < TAG) throw new BackupFileError('damaged', DAMAGED);
        try {
          const decipher = createDecipheriv('aes-256-gcm', keys.data, nonceOf(index));
          decipher.setAAD(aadOf(headerHash, index, final));
          decipher.setAuthTag(payload.subarray(payload.length - TAG));
          packed = Buffer.concat([
            decipher.update(payload.subarray(0, payload.length - TAG)),
            decipher.final(),
          ]);
        } catch {
          throw new BackupFileError('damaged', DAMAGED);
        }
      }
      let plain: Buffer;
      try {
        plain = zstdDecompressSync(packed, { maxOutputLength: CHUNK });
      } catch {
        throw new BackupFileError('damaged', DAMAGED);
      }
      if (filled + plain.length > header.imageBytes) throw new BackupFileError('damaged', DAMAGED);
      hash?.update(plain);
      take(plain);
      filled += plain.length;
      progress(filled, header.imageBytes);
      if (final) break;
    }
    if (filled !== header.imageBytes) throw new BackupFileError('damaged', DAMAGED);
    if (readExactly(fd, 1, position).length !== 0) throw new BackupFileError('damaged', DAMAGED);
    if (hash && hash.digest('hex') !== header.imageSha256)
      throw new BackupFileError('damaged', DAMAGED);
    return header;
  } finally {
    closeSync(fd);
  }
}

/**
 * The whole image a backup holds, in memory: only for a format-1 image, which was either
 * made from one in-memory image (so it fits) or is restored into an encrypted database
 * (keyed-copy.ts). A database of any size is restored through readBackupFrames instead.
 */
export function readBackupImage(
  file: string,
  key: Buffer | null,
  progress: WriteProgress = () => {},
): Buffer {
  const pieces: Buffer[] = [];
  readBackupFrames(file, key, (piece) => pieces.push(piece), progress);
  return Buffer.concat(pieces);
}
