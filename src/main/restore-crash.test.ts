import Database from 'better-sqlite3-multiple-ciphers';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppData, RESTORE_STEPS, type RestoreStep } from './app-data.ts';
import { runDailyBackup } from './db/backups.ts';
import { openBackupCopy } from '../test-support/backup-copy.ts';
import { DATABASE_FILE_NAME, openDatabase } from './db/open.ts';
import { addPatients, familyNames } from '../test-support/real-data.ts';

const CHILD = path.join(import.meta.dirname, '..', 'test-support', 'restore-child.ts');
const BACKUP = 'daily-2026-11-23.jpbackup';
const root = mkdtempSync(path.join(os.tmpdir(), 'jointplan-restore-crash-'));
const template = path.join(root, 'template');

beforeAll(async () => {
  const db = await openDatabase(path.join(template, DATABASE_FILE_NAME));
  await addPatients(db, ['Alpha', 'Bravo']);
  await runDailyBackup(db, path.join(template, 'backups'), new Date(2026, 10, 23, 9, 0));
  await addPatients(db, ['Charlie']);
  db.close();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs a real restore in a child process and kills it with SIGKILL once it reaches `step`. */
async function killRestoreAt(dataDir: string, step: RestoreStep): Promise<void> {
  const child = spawn(process.execPath, [CHILD, dataDir, BACKUP, step], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`at ${step}\n`)) resolve();
    });
    void exited.then(() => reject(new Error(`the restore never reached ${step}: ${output}`)));
  });
  child.kill('SIGKILL');
  await exited;
}

const FINISHED_FROM = RESTORE_STEPS.indexOf('swapped');

describe('a restore killed with SIGKILL at any step loses nothing, and the next start says so', () => {
  for (const [index, step] of RESTORE_STEPS.entries()) {
    const finished = index >= FINISHED_FROM;
    it(`killed after "${step}": the restore is ${finished ? 'finished' : 'undone'}`, async () => {
      const dir = path.join(root, step);
      cpSync(template, dir, { recursive: true });
      await killRestoreAt(dir, step);

      const data = await openAppData({ dataDir: dir, appVersion: 'test' });
      try {
        expect(data.recovery?.problem).toBe(finished ? 'restore-finished' : 'restore-undone');
        expect(data.recovery?.message).toContain(BACKUP);
        expect(data.recovery?.message).not.toContain(dir);
        expect(familyNames(data.db)).toEqual(
          finished ? ['Alpha', 'Bravo'] : ['Alpha', 'Bravo', 'Charlie'],
        );
        // Nothing half-done is left beside the data.
        expect(readdirSync(dir).filter((n) => /restor|replaced/.test(n))).toEqual([]);
        if (finished) {
          // The data from before the restore is in its checked backup.
          const safety = readdirSync(path.join(dir, 'backups')).find((n) =>
            n.startsWith('before-restore-'),
          );
          const before = openBackupCopy(path.join(dir, 'backups', safety!));
          expect(familyNames(before)).toEqual(['Alpha', 'Bravo', 'Charlie']);
          before.close();
        }
      } finally {
        data.close();
      }
      const check = new Database(path.join(dir, DATABASE_FILE_NAME), { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
    }, 30_000);
  }
});
