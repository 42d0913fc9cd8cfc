import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';
import { zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import { z } from 'zod';
import { AppError } from '../../shared/app-error.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import { MAX_RECORD_FILE_CHARS } from '../../shared/domain/record-file.ts';

/*
 * A protected record file: the record's text (as an unprotected export holds it), compressed
 * and encrypted with AES-256-GCM under a key derived from the therapist's passphrase with
 * scrypt. The header (format, version, scrypt's salt and cost, the nonce) is authenticated
 * as the cipher's associated data, so no part of the file can change unnoticed; `check`, an
 * HMAC of the header under a second derived key, tells a wrong passphrase apart from a
 * changed file before anything is decrypted.
 */

export const PROTECTED_FORMAT = 'jointplan-protected-record';
export const PROTECTED_VERSION = 1;
/** scrypt's cost: 2^17 × 8 × 128 B = 128 MiB and a fraction of a second per try (OWASP). */
const COST = { N: 2 ** 17, r: 8, p: 1 } as const;
/** What a file may ask for, so a hostile one cannot make the import use gigabytes. */
const MAX_COST = { N: 2 ** 20, r: 16, p: 4 } as const;

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

const headerSchema = z.strictObject({
  format: z.literal(PROTECTED_FORMAT),
  version: z.int().min(1),
  cipher: z.literal('aes-256-gcm'),
  compression: z.literal('zstd'),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z.int().min(2).max(MAX_COST.N),
    r: z.int().min(1).max(MAX_COST.r),
    p: z.int().min(1).max(MAX_COST.p),
    salt: hex(16),
  }),
  nonce: hex(12),
});
type Header = z.output<typeof headerSchema>;

const fileSchema = headerSchema.extend({
  check: hex(32),
  data: z.base64().max(MAX_RECORD_FILE_CHARS),
});

const WRONG_PASSPHRASE =
  'That passphrase does not open this record. Check it with the person who exported it and try again.';
const CHANGED =
  'This protected record file has been changed or damaged since it was exported, so it cannot be trusted. Export it again on the computer it came from.';

function deriveKeys(
  passphrase: string,
  kdf: Header['kdf'],
): Promise<{ data: Buffer; check: Buffer }> {
  const options: ScryptOptions = {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 128 * kdf.N * kdf.r * kdf.p + 16 * 1024 * 1024,
  };
  return new Promise((resolve, reject) =>
    // Asynchronous: the key is derived on libuv's pool, never holding up the main process.
    scrypt(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'hex'), 64, options, (error, key) =>
      error ? reject(error) : resolve({ data: key.subarray(0, 32), check: key.subarray(32, 64) }),
    ),
  );
}

const headerBytes = (header: Header) => Buffer.from(canonicalJson(header), 'utf8');
const checkOf = (key: Buffer, header: Header) =>
  createHmac('sha256', key).update(headerBytes(header)).digest();

/** Whether a file's text is a protected record (whatever its passphrase or state). */
export function isProtectedRecord(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"jointplan-protected-record"/.test(text.slice(0, 200));
}

/** The record's text protected with `passphrase`, as the file's text. */
export async function protectRecord(text: string, passphrase: string): Promise<string> {
  const header: Header = {
    format: PROTECTED_FORMAT,
    version: PROTECTED_VERSION,
    cipher: 'aes-256-gcm',
    compression: 'zstd',
    kdf: { name: 'scrypt', ...COST, salt: randomBytes(16).toString('hex') },
    nonce: randomBytes(12).toString('hex'),
  };
  const keys = await deriveKeys(passphrase, header.kdf);
  const cipher = createCipheriv('aes-256-gcm', keys.data, Buffer.from(header.nonce, 'hex'));
  cipher.setAAD(headerBytes(header));
  const sealed = Buffer.concat([
    cipher.update(zstdCompressSync(Buffer.from(text, 'utf8'))),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  // The format first, so even a file cut short is known for a protected record.
  return JSON.stringify({
    ...header,
    check: checkOf(keys.check, header).toString('hex'),
    data: sealed.toString('base64'),
  });
}

/**
 * The record text inside a protected file. A wrong passphrase, a changed or cut-off file, or
 * one from a newer version is refused with words saying which; nothing is returned in part.
 */
export async function openProtectedRecord(text: string, passphrase: string): Promise<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError('invalid-input', CHANGED);
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > PROTECTED_VERSION)
    throw new AppError(
      'invalid-input',
      'This record was protected by a newer version of JointPlan. Update JointPlan on this computer, then import it again.',
    );
  const file = fileSchema.safeParse(parsed);
  if (!file.success) throw new AppError('invalid-input', CHANGED);
  const { check, data, ...header } = file.data;
  const keys = await deriveKeys(passphrase, header.kdf);
  const expected = checkOf(keys.check, header);
  if (!timingSafeEqual(expected, Buffer.from(check, 'hex')))
    throw new AppError('invalid-input', WRONG_PASSPHRASE, { passphrase: WRONG_PASSPHRASE });
  const sealed = Buffer.from(data, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.data, Buffer.from(header.nonce, 'hex'));
    decipher.setAAD(headerBytes(header));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const packed = Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - 16)),
      decipher.final(),
    ]);
    return zstdDecompressSync(packed, { maxOutputLength: MAX_RECORD_FILE_CHARS * 4 }).toString(
      'utf8',
    );
  } catch {
    throw new AppError('invalid-input', CHANGED);
  }
}
