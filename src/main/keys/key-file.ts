import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { privateFolder } from '../db/private-files.ts';
import { syncFolder } from '../db/restore-journal.ts';

/**
 * The database key, never stored as it is: once protected for this machine (the system
 * keychain, or a passphrase) and once under the recovery key. The file sits in the data
 * folder, with a copy in its backups folder, so deleting one loses nothing.
 */
export const KEY_FILE_NAME = 'jointplan.keys.json';

const secretWrapSchema = z.object({
  kdf: z.literal('scrypt'),
  logN: z.number().int().min(10).max(22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string(),
  iv: z.string(),
  tag: z.string(),
  data: z.string(),
});

const protectedKeySchema = z.object({
  /** How: 'keychain' (safeStorage), 'passphrase', or 'unprotected' (Linux with no keyring). */
  kind: z.enum(['keychain', 'passphrase', 'unprotected']),
  data: z.string().optional(),
  wrap: secretWrapSchema.optional(),
});

const keyFileSchema = z.object({
  format: z.literal('jointplan-keys'),
  version: z.literal(1),
  protected: protectedKeySchema,
  recovery: secretWrapSchema,
  /** False until the therapist has typed back part of the recovery key. */
  recoveryConfirmed: z.boolean(),
});

export type ProtectedKey = z.infer<typeof protectedKeySchema>;
export type KeyFile = z.infer<typeof keyFileSchema>;

const places = (dataDir: string) => [
  path.join(dataDir, KEY_FILE_NAME),
  path.join(dataDir, 'backups', KEY_FILE_NAME),
];

function readOne(file: string): KeyFile | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = keyFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) console.error(`[keys] ${file} is not a key file`, parsed.error.issues);
    return parsed.success ? parsed.data : null;
  } catch (error) {
    console.error(`[keys] ${file} could not be read`, error);
    return null;
  }
}

/** The key file, from the data folder or else its copy in backups/; null when neither reads. */
export function readKeyFile(dataDir: string): KeyFile | null {
  for (const file of places(dataDir)) {
    const found = readOne(file);
    if (found) return found;
  }
  return null;
}

function writeWhole(file: string, text: string): void {
  privateFolder(path.dirname(file));
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  syncFolder(path.dirname(file));
}

/**
 * Renames each key file that is there but cannot be read (`…keys.unreadable-<time>.json`), so
 * new keys never overwrite what may still be someone's only copy of the old ones.
 */
export function setAsideUnreadableKeyFiles(dataDir: string, now: Date): void {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (const file of places(dataDir)) {
    if (!existsSync(file) || readOne(file)) continue;
    renameSync(file, freeKeyName(file.replace(/\.json$/, `.unreadable-${stamp}`)));
    syncFolder(path.dirname(file));
  }
}

function freeKeyName(base: string): string {
  for (let n = 0; ; n++) {
    const name = `${base}${n === 0 ? '' : `-${n}`}.json`;
    if (!existsSync(name)) return name;
  }
}

/** Writes both copies, each whole or not at all, flushed before the key is used. */
export function writeKeyFile(dataDir: string, keys: KeyFile): void {
  const text = `${JSON.stringify(keyFileSchema.parse(keys), null, 2)}\n`;
  for (const file of places(dataDir)) writeWhole(file, text);
}
