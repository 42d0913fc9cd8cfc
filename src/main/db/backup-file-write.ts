import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { zstdCompressSync, constants as zlib } from 'node:zlib';
import {
  aadOf,
  CHUNK,
  keyCheckOf,
  keysFor,
  MAGIC,
  nonceOf,
  readExactly,
  standaloneImage,
  type BackupHeader,
  type WriteProgress,
} from './backup-file.ts';

/**
 * Where the image comes from, read a piece at a time so the whole database is never in
 * memory: a file on disk (imageFileSource) or, for small images and tests, a buffer.
 */
export interface ImageSource {
  bytes: number;
  read(position: number, length: number): Buffer;
}

/** A database file as an image source (`fd` open for reading, closed by the caller). */
export function imageFileSource(fd: number): ImageSource {
  return {
    bytes: fstatSync(fd).size,
    read: (position, length) => readExactly(fd, length, position),
  };
}

function bufferSource(image: Buffer): ImageSource {
  return {
    bytes: image.length,
    read: (position, length) => image.subarray(position, position + length),
  };
}

export interface WriteOptions {
  progress?: WriteProgress;
  /** The frames hold the encrypted database file (format 2), not a plain image. */
  keyedFile?: boolean;
  /** At most CHUNK; smaller in tests, to make many frames of a small image. */
  chunkBytes?: number;
}

/** Stands in for a plain image's hash in the header until the last frame is written. */
const PENDING_SHA = '0'.repeat(64);

/**
 * Writes the image `source` holds to `file` in the backup format (backup-file.ts), flushed to
 * disk, a frame at a time: memory stays at a few frames whatever the database's size. `key`
 * is the database key (null for a plain database). Returns the image's SHA-256, for the
 * read-back check. A plain image's first page is written as a standalone file's.
 */
export function writeBackupFile(
  file: string,
  source: ImageSource | Buffer,
  meta: { schemaVersion: number; patientCount: number },
  key: Buffer | null,
  options: WriteOptions = {},
): string {
  const image = Buffer.isBuffer(source) ? bufferSource(source) : source;
  const chunk = Math.min(options.chunkBytes ?? CHUNK, CHUNK);
  const keyed = options.keyedFile === true;
  if (keyed && !key) throw new Error('An encrypted database file is backed up with its key.');
  const salt = key ? randomBytes(32) : null;
  const keys = key && salt ? keysFor(key, salt) : null;
  const header: BackupHeader = {
    format: 'jointplan-backup',
    version: keyed ? 2 : 1,
    compression: 'zstd',
    imageBytes: image.bytes,
    ...meta,
    imageSha256: keys ? null : PENDING_SHA,
    ...(keyed ? { image: 'keyed-file' as const } : {}),
    encryption:
      keys && salt
        ? {
            cipher: 'aes-256-gcm',
            kdf: 'hkdf-sha256',
            salt: salt.toString('hex'),
            keyCheck: keyCheckOf(keys.check),
          }
        : null,
  };
  const headerText = JSON.stringify(header);
  const headerBytes = Buffer.from(headerText, 'utf8');
  const headerHash = createHash('sha256').update(headerBytes).digest();
  const hash = createHash('sha256');
  const fd = openSync(file, 'w', 0o600);
  try {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(headerBytes.length);
    writeSync(fd, Buffer.concat([MAGIC, length, headerBytes]));
    const frames = Math.max(1, Math.ceil(image.bytes / chunk));
    for (let index = 0; index < frames; index++) {
      const final = index === frames - 1;
      let slice = image.read(index * chunk, Math.min(chunk, image.bytes - index * chunk));
      if (index === 0 && !keyed) slice = standaloneImage(Buffer.from(slice));
      hash.update(slice);
      const packed = zstdCompressSync(slice, { params: { [zlib.ZSTD_c_compressionLevel]: 6 } });
      let payload = packed;
      if (keys) {
        const cipher = createCipheriv('aes-256-gcm', keys.data, nonceOf(index));
        cipher.setAAD(aadOf(headerHash, index, final));
        payload = Buffer.concat([cipher.update(packed), cipher.final(), cipher.getAuthTag()]);
      }
      const frameHead = Buffer.alloc(5);
      frameHead.writeUInt32BE(payload.length, 0);
      frameHead[4] = final ? 1 : 0;
      writeSync(fd, frameHead);
      writeSync(fd, payload);
      options.progress?.(Math.min(image.bytes, (index + 1) * chunk), image.bytes);
    }
    const sha = hash.digest('hex');
    if (!keys) {
      // Same length as the stand-in, so the header's length and the frames stay where they are.
      const at =
        MAGIC.length + 4 + Buffer.byteLength(headerText.slice(0, headerText.indexOf(PENDING_SHA)));
      writeSync(fd, Buffer.from(sha, 'latin1'), 0, 64, at);
    }
    fsyncSync(fd);
    return sha;
  } finally {
    closeSync(fd);
  }
}
