import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeKeychain } from '../../test-support/test-keys.ts';
import { passphraseProtector, unlockWithProtector } from '../keys/key-store.ts';
import { unlockDataFolder } from '../keys/unlock.ts';
import {
  DIFFERENT_PASSPHRASES,
  NOT_A_RECOVERY_KEY,
  passphraseFirstStage,
  SHORT_PASSPHRASE,
  unlockSession,
  WRONG_PASSPHRASE,
  WRONG_RECOVERY_KEY,
} from './unlock-session.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-unlock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const protectors = { passphrase: passphraseProtector };

/** Every file in the data folder, byte for byte. */
function folderBytes(): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) =>
    f.isFile(),
  );
  return Object.fromEntries(
    files.map((f) => {
      const file = path.join(f.parentPath, f.name);
      return [path.relative(dir, file), readFileSync(file).toString('base64')];
    }),
  );
}

/** A folder whose key is kept under `passphrase`; its recovery key. */
async function folderUnder(passphrase: string): Promise<string> {
  const unlocked = await unlockDataFolder({
    dataDir: dir,
    protector: passphraseProtector(passphrase),
    askRecoveryKey: () => Promise.resolve(null),
  });
  return unlocked.pendingRecoveryKey?.recoveryKey ?? '';
}

describe('a key kept under a passphrase', () => {
  it('opens with the passphrase, and a wrong one changes nothing', async () => {
    await folderUnder('the right passphrase');
    expect(passphraseFirstStage(dir, false)).toEqual({ stage: 'passphrase' });
    const session = unlockSession({ dataDir: dir, first: { stage: 'passphrase' }, protectors });
    const before = folderBytes();
    expect(await session.handle({ action: 'passphrase', passphrase: 'a wrong one' })).toEqual({
      ok: false,
      problem: 'wrong-passphrase',
      message: WRONG_PASSPHRASE,
      field: 'passphrase',
    });
    expect(folderBytes()).toEqual(before);
    const answer = await session.handle({
      action: 'passphrase',
      passphrase: 'the right passphrase',
    });
    expect(answer).toEqual({ ok: true, next: { stage: 'open' } });
    const unlocked = await session.done;
    expect(unlocked?.keys.key).toHaveLength(32);
  });

  it('a forgotten passphrase: the recovery key opens it under a new one; a wrong key changes nothing', async () => {
    const recoveryKey = await folderUnder('the forgotten passphrase');
    const session = unlockSession({ dataDir: dir, first: { stage: 'passphrase' }, protectors });
    expect(await session.handle({ action: 'forgot-passphrase' })).toEqual({
      ok: true,
      next: { stage: 'recovery-key', withPassphrase: true },
    });
    const before = folderBytes();
    const wrong = `${recoveryKey[0] === '0' ? '1' : '0'}${recoveryKey.slice(1)}`;
    const newPassphrase = { passphrase: 'a new passphrase', repeat: 'a new passphrase' };
    for (const [request, message] of [
      [{ recoveryKey: wrong, ...newPassphrase }, WRONG_RECOVERY_KEY],
      [{ recoveryKey: 'ABCD-EFGH', ...newPassphrase }, NOT_A_RECOVERY_KEY],
      [{ recoveryKey, passphrase: 'short', repeat: 'short' }, SHORT_PASSPHRASE],
      [
        { recoveryKey, passphrase: 'a new passphrase', repeat: 'a new passphrasE' },
        DIFFERENT_PASSPHRASES,
      ],
    ] as const) {
      const answer = await session.handle({ action: 'recovery-key', ...request });
      expect(answer).toMatchObject({ ok: false, message });
      expect(folderBytes()).toEqual(before);
    }
    // Any case, spaces instead of dashes.
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const answer = await session.handle({
      action: 'recovery-key',
      recoveryKey: typed,
      ...newPassphrase,
    });
    expect(answer).toEqual({ ok: true, next: { stage: 'open' } });
    const unlocked = await session.done;
    expect(await unlockWithProtector(dir, passphraseProtector('a new passphrase'))).toEqual(
      unlocked?.keys.key,
    );
  });
});

describe('a computer whose keychain cannot give the key', () => {
  it('asks for the recovery key and rewraps it for this keychain', async () => {
    const keychain = fakeKeychain();
    const first = await unlockDataFolder({
      dataDir: dir,
      protector: keychain,
      askRecoveryKey: () => Promise.resolve(null),
    });
    keychain.forget();
    const session = unlockSession({
      dataDir: dir,
      first: { stage: 'recovery-key', withPassphrase: false },
      protector: keychain,
      protectors,
    });
    const before = folderBytes();
    const wrong = await session.handle({
      action: 'recovery-key',
      recoveryKey: '0000-0000-0000-0000-0000-0000-0000-0000',
    });
    expect(wrong).toEqual({
      ok: false,
      problem: 'wrong-recovery-key',
      message: WRONG_RECOVERY_KEY,
      field: 'recoveryKey',
    });
    expect(folderBytes()).toEqual(before);
    // Out of turn: nothing happens.
    expect(await session.handle({ action: 'passphrase', passphrase: 'x' })).toMatchObject({
      ok: false,
    });
    const answer = await session.handle({
      action: 'recovery-key',
      recoveryKey: first.pendingRecoveryKey?.recoveryKey,
    });
    expect(answer).toEqual({ ok: true, next: { stage: 'open' } });
    expect(await unlockWithProtector(dir, keychain)).toEqual(first.key);
  });

  it('quitting ends the session with nothing opened', async () => {
    const session = unlockSession({
      dataDir: dir,
      first: { stage: 'recovery-key', withPassphrase: false },
      protectors,
    });
    expect(await session.handle({ action: 'quit' })).toMatchObject({ ok: true });
    expect(await session.done).toBeNull();
    expect(await session.handle({ nonsense: true })).toMatchObject({ ok: false });
  });
});

describe('a new data folder without a keyring', () => {
  it('sets a passphrase typed twice, or stores the key unprotected when accepted', async () => {
    expect(passphraseFirstStage(dir, true)).toEqual({ stage: 'choose', allowUnprotected: true });
    const session = unlockSession({
      dataDir: dir,
      first: { stage: 'choose', allowUnprotected: false },
      protectors,
    });
    // The web host offers no unprotected key.
    expect(await session.handle({ action: 'choose', protection: 'unprotected' })).toMatchObject({
      ok: false,
    });
    expect(
      await session.handle({
        action: 'choose',
        protection: 'passphrase',
        passphrase: 'short',
        repeat: 'short',
      }),
    ).toMatchObject({ ok: false, message: SHORT_PASSPHRASE, field: 'passphrase' });
    expect(readdirSync(dir)).toEqual([]);
    const answer = await session.handle({
      action: 'choose',
      protection: 'passphrase',
      passphrase: 'a good long passphrase',
      repeat: 'a good long passphrase',
    });
    expect(answer).toEqual({ ok: true, next: { stage: 'open' } });
    expect(passphraseFirstStage(dir, true)).toEqual({ stage: 'passphrase' });
  });

  it('the unprotected choice, once made, is not asked again', async () => {
    const keychain = fakeKeychain();
    const unprotected = {
      ...keychain,
      kind: 'unprotected' as const,
      protect: async (key: Buffer) => ({
        ...(await keychain.protect(key)),
        kind: 'unprotected' as const,
      }),
    };
    const session = unlockSession({
      dataDir: dir,
      first: { stage: 'choose', allowUnprotected: true },
      protectors: { ...protectors, unprotected: () => unprotected },
    });
    const answer = await session.handle({ action: 'choose', protection: 'unprotected' });
    expect(answer).toEqual({ ok: true, next: { stage: 'open' } });
    expect(passphraseFirstStage(dir, true)).toBeNull();
  });
});
