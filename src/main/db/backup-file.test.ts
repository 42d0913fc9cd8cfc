import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  BackupFileError,
  readBackupFrames,
  readBackupHeader,
  readBackupImage,
} from './backup-file.ts';
import { writeBackupFile } from './backup-file-write.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-backup-file-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The frames of a backup file: where each starts and ends (see backup-file.ts). */
function frames(bytes: Buffer): { start: number; end: number }[] {
  const found = [];
  let at = 12 + bytes.readUInt32BE(8);
  while (at < bytes.length) {
    const end = at + 5 + bytes.readUInt32BE(at);
    found.push({ start: at, end });
    at = end;
  }
  return found;
}

it('an encrypted backup refuses frames reordered, dropped, repeated or added', () => {
  const key = randomBytes(32);
  // 9 MB: three frames of at most 4 MB.
  const image = Buffer.concat([randomBytes(3_000_000), Buffer.alloc(6_000_000, 'x')]);
  const file = path.join(dir, 'manual.jpbackup');
  writeBackupFile(file, image, { schemaVersion: 1, patientCount: 0 }, key);
  expect(readBackupImage(file, key).equals(image)).toBe(true);

  const bytes = readFileSync(file);
  const [a, b, c] = frames(bytes);
  if (!a || !b || !c) throw new Error('expected three frames');
  const head = bytes.subarray(0, a.start);
  const part = (f: { start: number; end: number }) => bytes.subarray(f.start, f.end);
  const changed: Record<string, Buffer> = {
    reordered: Buffer.concat([head, part(b), part(a), part(c)]),
    'last dropped': Buffer.concat([head, part(a), part(b)]),
    'middle dropped': Buffer.concat([head, part(a), part(c)]),
    'one repeated': Buffer.concat([head, part(a), part(a), part(b), part(c)]),
    'bytes added after the end': Buffer.concat([bytes, Buffer.from('more')]),
  };
  for (const [what, bad] of Object.entries(changed)) {
    writeFileSync(`${file}.bad`, bad);
    expect(() => readBackupImage(`${file}.bad`, key), what).toThrow(BackupFileError);
  }
});

it('a plain backup is checked against its image’s SHA-256', () => {
  const image = Buffer.alloc(100_000, 'y');
  const file = path.join(dir, 'manual.jpbackup');
  writeBackupFile(file, image, { schemaVersion: 1, patientCount: 0 }, null);
  expect(readBackupImage(file, null).equals(image)).toBe(true);
  const bytes = readFileSync(file);
  const [only] = frames(bytes);
  if (!only) throw new Error('expected a frame');
  // The frame swapped for another valid one holding different bytes.
  const other = path.join(dir, 'other.jpbackup');
  writeBackupFile(other, Buffer.alloc(100_000, 'z'), { schemaVersion: 1, patientCount: 0 }, null);
  const otherBytes = readFileSync(other);
  const [otherFrame] = frames(otherBytes);
  if (!otherFrame) throw new Error('expected a frame');
  writeFileSync(
    `${file}.bad`,
    Buffer.concat([bytes.subarray(0, only.start), otherBytes.subarray(otherFrame.start)]),
  );
  expect(() => readBackupImage(`${file}.bad`, null)).toThrow(/damaged/);
});

it('a backup is written and read a frame at a time, never holding the whole image', () => {
  // 1 MB in 64 KB frames stands in for a database of many gigabytes in 4 MB frames.
  const chunk = 64 * 1024;
  const image = Buffer.concat([randomBytes(300_000), Buffer.alloc(700_000, 'q')]);
  const asked: number[] = [];
  const source = {
    bytes: image.length,
    read: (position: number, length: number) => {
      asked.push(length);
      return Buffer.from(image.subarray(position, position + length));
    },
  };
  for (const key of [null, randomBytes(32)]) {
    asked.length = 0;
    const file = path.join(dir, `big-${key ? 'keyed' : 'plain'}.jpbackup`);
    const sha = writeBackupFile(file, source, { schemaVersion: 1, patientCount: 0 }, key, {
      chunkBytes: chunk,
    });
    expect(Math.max(...asked)).toBeLessThanOrEqual(chunk);
    expect(sha).toBe(createHash('sha256').update(image).digest('hex'));
    const pieces: Buffer[] = [];
    // The plain backup's hash, known only after its last frame, is in its header.
    expect(readBackupHeader(file).header.imageSha256).toBe(key ? null : sha);
    readBackupFrames(file, key, (piece) => pieces.push(piece));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(chunk);
    expect(pieces.length).toBe(Math.ceil(image.length / chunk));
    expect(Buffer.concat(pieces).equals(image)).toBe(true);
  }
});
