import { randomBytes } from 'node:crypto';
import { DATABASE_KEY_BYTES, type DatabaseKey } from '../db/cipher.ts';
import { readKeyFile, writeKeyFile, type KeyFile, type ProtectedKey } from './key-file.ts';
import { groupsToConfirm, makeRecoveryKey, normaliseRecoveryKey } from './recovery-key.ts';
import { unwrapWithSecret, wrapWithSecret } from './wrap.ts';

/**
 * How the database key is kept on this machine: the system keychain (Electron's
 * safeStorage), a passphrase (the web host), or, where the therapist accepted it, a Linux
 * desktop with no keyring ('unprotected').
 */
export interface KeyProtector {
  readonly kind: ProtectedKey['kind'];
  protect(key: DatabaseKey): Promise<ProtectedKey>;
  /** The key, or null when this machine's keychain (or passphrase) cannot give it back. */
  unprotect(entry: ProtectedKey): Promise<DatabaseKey | null>;
}

/** A recovery key waiting to be confirmed: shown, then two of its groups typed back. */
export interface PendingRecoveryKey {
  recoveryKey: string;
  confirmGroups: [number, number];
}

export class RecoveryKeyRefused extends Error {
  constructor() {
    super('That is not the recovery key for this data. Nothing was changed.');
    this.name = 'RecoveryKeyRefused';
  }
}

export function newDatabaseKey(): DatabaseKey {
  return randomBytes(DATABASE_KEY_BYTES);
}

function missingKeyFile(): Error {
  return new Error('JointPlan could not find the key file for this data.');
}

/**
 * Makes the key file for a new database key: protected for this machine and wrapped under a
 * new recovery key, both written (flushed) before anything is encrypted with the key.
 */
export async function createKeys(
  dataDir: string,
  key: DatabaseKey,
  protector: KeyProtector,
): Promise<PendingRecoveryKey> {
  const recoveryKey = makeRecoveryKey();
  writeKeyFile(dataDir, {
    format: 'jointplan-keys',
    version: 1,
    protected: await protector.protect(key),
    recovery: await wrapWithSecret(key, recoveryKey),
    recoveryConfirmed: false,
  });
  return { recoveryKey, confirmGroups: groupsToConfirm() };
}

/** The database key through this machine's protector, or null when it cannot give it. */
export async function unlockWithProtector(
  dataDir: string,
  protector: KeyProtector,
): Promise<DatabaseKey | null> {
  const keys = readKeyFile(dataDir);
  if (!keys) throw missingKeyFile();
  if (keys.protected.kind !== protector.kind) return null;
  return protector.unprotect(keys.protected);
}

/**
 * Opens the key with the recovery key (after an OS reinstall, on another machine) and
 * protects it again for this machine. A wrong recovery key is refused and nothing is written.
 */
export async function unlockWithRecoveryKey(
  dataDir: string,
  typed: string,
  protector: KeyProtector,
): Promise<DatabaseKey> {
  const keys = readKeyFile(dataDir);
  if (!keys) throw missingKeyFile();
  const recoveryKey = normaliseRecoveryKey(typed);
  const key = recoveryKey === null ? null : await unwrapWithSecret(keys.recovery, recoveryKey);
  if (!key) throw new RecoveryKeyRefused();
  writeKeyFile(dataDir, { ...keys, protected: await protector.protect(key) });
  return key;
}

/**
 * A new recovery key for the same database key, replacing one never confirmed (the app was
 * closed before the therapist typed it back, so it may not have been written down).
 */
export async function renewRecoveryKey(
  dataDir: string,
  key: DatabaseKey,
): Promise<PendingRecoveryKey> {
  const keys = readKeyFile(dataDir);
  if (!keys) throw missingKeyFile();
  const recoveryKey = makeRecoveryKey();
  const next: KeyFile = {
    ...keys,
    recovery: await wrapWithSecret(key, recoveryKey),
    recoveryConfirmed: false,
  };
  writeKeyFile(dataDir, next);
  return { recoveryKey, confirmGroups: groupsToConfirm() };
}

export function markRecoveryKeyConfirmed(dataDir: string): void {
  const keys = readKeyFile(dataDir);
  if (!keys) throw missingKeyFile();
  writeKeyFile(dataDir, { ...keys, recoveryConfirmed: true });
}

export function isRecoveryKeyConfirmed(dataDir: string): boolean {
  return readKeyFile(dataDir)?.recoveryConfirmed ?? false;
}

export function hasKeyFile(dataDir: string): boolean {
  return readKeyFile(dataDir) !== null;
}

/** Keeps the key under a passphrase (the web host; or a Linux desktop with no keyring). */
export function passphraseProtector(passphrase: string): KeyProtector {
  return {
    kind: 'passphrase',
    protect: async (key) => ({
      kind: 'passphrase',
      wrap: await wrapWithSecret(key, passphrase, 17),
    }),
    unprotect: async (entry) => (entry.wrap ? unwrapWithSecret(entry.wrap, passphrase) : null),
  };
}
