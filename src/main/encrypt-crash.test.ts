import Database from 'better-sqlite3-multiple-ciphers';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppData } from './app-data.ts';
import { isEncryptedFile } from './db/cipher.ts';
import { DATABASE_FILE_NAME, openDatabase } from './db/open.ts';
import { ENCRYPT_STEPS, type EncryptStep } from './encrypt-swap.ts';
import { passphraseProtector } from './keys/key-store.ts';
import { unlockDataFolder } from './keys/unlock.ts';
import { addPatients, familyNames } from '../test-support/real-data.ts';

const CHILD = path.join(import.meta.dirname, '..', 'test-support', 'encrypt-child.ts');
const PASSPHRASE = 'a passphrase for the crash test';
const root = mkdtempSync(path.join(os.tmpdir(), 'jointplan-encrypt-crash-'));
const template = path.join(root, 'template');

beforeAll(async () => {
  // A plain database as an earlier version of the app left it.
  const db = await openDatabase(path.join(template, DATABASE_FILE_NAME));
  await addPatients(db, ['Alpha', 'Bravo']);
  db.close();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Encrypts in a child process and kills it with SIGKILL once it reaches `step`. */
async function killEncryptionAt(dataDir: string, step: EncryptStep): Promise<void> {
  const child = spawn(process.execPath, [CHILD, dataDir, PASSPHRASE, step], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`at ${step}\n`)) resolve();
    });
    void exited.then(() => reject(new Error(`encryption never reached ${step}: ${output}`)));
  });
  child.kill('SIGKILL');
  await exited;
}

const FINISHED_FROM = ENCRYPT_STEPS.indexOf('swapped');

describe('encrypting killed with SIGKILL at any step loses nothing', () => {
  for (const [index, step] of ENCRYPT_STEPS.entries()) {
    const finished = index >= FINISHED_FROM;
    it(`killed after "${step}": the data is ${finished ? 'encrypted' : 'plain, as before'}`, async () => {
      const dir = path.join(root, step);
      cpSync(template, dir, { recursive: true });
      await killEncryptionAt(dir, step);

      const live = path.join(dir, DATABASE_FILE_NAME);
      const protector = passphraseProtector(PASSPHRASE);
      const unlocked = await unlockDataFolder({
        dataDir: dir,
        protector,
        askRecoveryKey: () => Promise.resolve(null),
      });
      const data = await openAppData({
        dataDir: dir,
        appVersion: 'test',
        keys: { protector, ...unlocked },
      });
      try {
        expect(data.recovery).toBeNull();
        expect(familyNames(data.db)).toEqual(['Alpha', 'Bravo']);
        expect(isEncryptedFile(live)).toBe(finished);
        // Nothing half-done is left beside the data.
        expect(readdirSync(dir).filter((n) => /encrypt|plain-/.test(n))).toEqual([]);
        // Not finished: encrypting again from Settings works.
        if (!finished) {
          const status = await data.api['security.encrypt']({ confirm: true });
          expect(status.encrypted).toBe(true);
          expect(familyNames(data.db)).toEqual(['Alpha', 'Bravo']);
        }
      } finally {
        data.close();
      }
      if (!isEncryptedFile(live)) {
        const check = new Database(live, { readonly: true });
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
        check.close();
      }
    }, 60_000);
  }
});
