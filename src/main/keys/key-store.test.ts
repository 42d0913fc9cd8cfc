import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import type { AppData } from '../app-data.ts';
import { dispatch } from '../dispatch.ts';
import { fakeKeychain, openEncryptedAppData } from '../../test-support/test-keys.ts';
import { KEY_FILE_NAME } from './key-file.ts';
import { unlockWithRecoveryKey, passphraseProtector, RecoveryKeyRefused } from './key-store.ts';
import { UnlockStopped } from './unlock.ts';
import { confirmsGroups, makeRecoveryKey, normaliseRecoveryKey } from './recovery-key.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-keys-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const keyFiles = () => [
  readFileSync(path.join(dir, KEY_FILE_NAME), 'utf8'),
  readFileSync(path.join(dir, 'backups', KEY_FILE_NAME), 'utf8'),
];

async function familyNames(data: AppData): Promise<string[]> {
  const result = await dispatch(data.api, 'patients.search', { query: '' }, () => {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { patients: { familyName: string }[] }).patients.map((p) => p.familyName);
}

/** A first start: an encrypted folder holding one patient; returns its recovery key. */
async function firstStart(keychain = fakeKeychain()): Promise<string> {
  const data = await openEncryptedAppData({
    dataDir: dir,
    appVersion: 'test',
    protector: keychain,
  });
  try {
    const status = await data.api['security.status']({});
    expect(status.encrypted).toBe(true);
    expect(status.protection).toBe('keychain');
    const patient = { ...emptyPatientInput(), givenName: 'Ann', familyName: 'Okafor' };
    const made = await dispatch(data.api, 'patients.create', { patient }, () => {});
    expect(made.ok).toBe(true);
    return status.recoveryKey!.groups.join('-');
  } finally {
    data.close();
  }
}

describe('the recovery key', () => {
  it('is 8 groups of 4 and reads back whatever the case, spacing and look-alikes', () => {
    const key = makeRecoveryKey();
    expect(key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(normaliseRecoveryKey(key.toLowerCase().replace(/-/g, ' '))).toBe(key);
    expect(normaliseRecoveryKey('0000 1111 2222 3333 4444 5555 6666 777')).toBeNull();
    expect(normaliseRecoveryKey('oooo-iiii-llll-2222-3333-4444-5555-6666')).toBe(
      '0000-1111-1111-2222-3333-4444-5555-6666',
    );
  });

  it('is confirmed by typing back two of its groups, and only the right ones', () => {
    const key = '0000-1111-2222-3333-4444-5555-6666-7777';
    expect(confirmsGroups(key, [2, 7], ['1111', '6666'])).toBe(true);
    expect(confirmsGroups(key, [2, 7], ['iiii', ' 6666 '])).toBe(true);
    expect(confirmsGroups(key, [2, 7], ['1111', '7777'])).toBe(false);
    expect(confirmsGroups(key, [2, 7], ['1111'])).toBe(false);
  });

  it('opens the data when the keychain entry is gone, and the keychain is used again after', async () => {
    const keychain = fakeKeychain();
    const recoveryKey = await firstStart(keychain);
    keychain.forget(); // an OS reinstall
    const data = await openEncryptedAppData({
      dataDir: dir,
      appVersion: 'test',
      protector: keychain,
      recoveryKey: recoveryKey.toLowerCase(),
    });
    try {
      expect(await familyNames(data)).toEqual(['Okafor']);
    } finally {
      data.close();
    }
    // Rewrapped for this machine: no recovery key needed now.
    const next = await openEncryptedAppData({
      dataDir: dir,
      appVersion: 'test',
      protector: keychain,
    });
    next.close();
  });

  it('a wrong recovery key is refused and nothing in the folder changes', async () => {
    const keychain = fakeKeychain();
    const recoveryKey = await firstStart(keychain);
    keychain.forget();
    const before = keyFiles();
    const listing = readdirSync(dir).sort();
    const wrong = recoveryKey.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    await expect(unlockWithRecoveryKey(dir, wrong, keychain)).rejects.toBeInstanceOf(
      RecoveryKeyRefused,
    );
    await expect(
      openEncryptedAppData({
        dataDir: dir,
        appVersion: 'test',
        protector: keychain,
        recoveryKey: wrong,
      }),
    ).rejects.toBeInstanceOf(UnlockStopped);
    expect(keyFiles()).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(listing);
  });

  it('an unconfirmed recovery key is replaced at the next start; a confirmed one is not', async () => {
    const keychain = fakeKeychain();
    const first = await firstStart(keychain);
    const data = await openEncryptedAppData({
      dataDir: dir,
      appVersion: 'test',
      protector: keychain,
    });
    try {
      const status = await data.api['security.status']({});
      const second = status.recoveryKey!;
      expect(second.groups.join('-')).not.toBe(first);
      const wrong = await dispatch(
        data.api,
        'security.confirmRecoveryKey',
        { groups: ['0000', '0000'] },
        () => {},
      );
      expect(wrong.ok).toBe(false);
      const [a, b] = second.confirmGroups;
      const done = await data.api['security.confirmRecoveryKey']({
        groups: [second.groups[a - 1]!, second.groups[b - 1]!],
      });
      expect(done.recoveryKey).toBeNull();
    } finally {
      data.close();
    }
    const later = await openEncryptedAppData({
      dataDir: dir,
      appVersion: 'test',
      protector: keychain,
    });
    expect((await later.api['security.status']({})).recoveryKey).toBeNull();
    later.close();
  });

  it('the key file survives the loss of one copy', async () => {
    const keychain = fakeKeychain();
    await firstStart(keychain);
    rmSync(path.join(dir, KEY_FILE_NAME));
    const data = await openEncryptedAppData({
      dataDir: dir,
      appVersion: 'test',
      protector: keychain,
    });
    expect(await familyNames(data)).toEqual(['Okafor']);
    data.close();
  });

  it('with both copies of the key file gone, sets the data file aside unchanged and says why', async () => {
    const keychain = fakeKeychain();
    await firstStart(keychain);
    rmSync(path.join(dir, KEY_FILE_NAME));
    rmSync(path.join(dir, 'backups', KEY_FILE_NAME));
    const bytes = readFileSync(path.join(dir, 'jointplan.sqlite'));
    const data = await openEncryptedAppData({
      dataDir: dir,
      appVersion: 'test',
      protector: keychain,
    });
    try {
      expect(data.recovery?.problem).toBe('no-key');
      expect(data.recovery?.message).toMatch(/key file \(jointplan\.keys\.json\) is missing/);
      const movedTo = data.recovery?.movedTo;
      expect(movedTo).toBeTruthy();
      expect(data.recovery?.message).toContain(path.basename(movedTo!));
      expect(readFileSync(movedTo!).equals(bytes)).toBe(true);
      // A fresh encrypted database with keys of its own: the therapist can work meanwhile.
      expect(await familyNames(data)).toEqual([]);
      expect((await data.api['security.status']({})).encrypted).toBe(true);
    } finally {
      data.close();
    }
  });

  it('a key file that cannot be read is set aside, never overwritten by new keys', async () => {
    const keychain = fakeKeychain();
    await firstStart(keychain);
    writeFileSync(path.join(dir, KEY_FILE_NAME), '{"format": "jointplan-keys", "vers');
    rmSync(path.join(dir, 'backups', KEY_FILE_NAME));
    const data = await openEncryptedAppData({
      dataDir: dir,
      appVersion: 'test',
      protector: keychain,
    });
    data.close();
    const aside = readdirSync(dir).filter((n) => n.startsWith('jointplan.keys.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(dir, aside[0]!), 'utf8')).toBe(
      '{"format": "jointplan-keys", "vers',
    );
  });

  it('a file that is not a database and no key file: set aside, and the app starts', async () => {
    const garbage = Buffer.from('This is not a database, whatever its name says.'.repeat(100));
    writeFileSync(path.join(dir, 'jointplan.sqlite'), garbage);
    const data = await openEncryptedAppData({
      dataDir: dir,
      appVersion: 'test',
      protector: fakeKeychain(),
    });
    try {
      expect(data.recovery?.problem).toBe('no-key');
      expect(readFileSync(data.recovery!.movedTo!).equals(garbage)).toBe(true);
      expect(await familyNames(data)).toEqual([]);
    } finally {
      data.close();
    }
  });
});

describe('a passphrase instead of the keychain (the web host)', () => {
  it('opens with the same passphrase; another passphrase asks for the recovery key', async () => {
    const protector = passphraseProtector('correct horse battery staple');
    const opened = await openEncryptedAppData({ dataDir: dir, appVersion: 'test', protector });
    const key = (await opened.api['security.status']({})).recoveryKey!.groups.join('-');
    expect((await opened.api['security.status']({})).protection).toBe('passphrase');
    opened.close();
    const other = passphraseProtector('another');
    await expect(
      openEncryptedAppData({ dataDir: dir, appVersion: 'test', protector: other }),
    ).rejects.toBeInstanceOf(UnlockStopped);
    const rescued = await openEncryptedAppData({
      dataDir: dir,
      appVersion: 'test',
      protector: other,
      recoveryKey: key,
    });
    rescued.close();
    // The new passphrase now opens it.
    (await openEncryptedAppData({ dataDir: dir, appVersion: 'test', protector: other })).close();
  });
});
