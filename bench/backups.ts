/**
 * The daily backup on a realistic caseload: every patient with plan versions made through the
 * API (so every frozen snapshot is distinct: its own patient, dates and a different choice
 * of catalogue items), then one backup as the app makes it (on a worker thread), with the
 * main process's longest event-loop stall measured while it runs. The same database is then
 * encrypted and backed up again, and SQLite's own plain online copy is timed as a floor.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openAppDatabase } from '../src/main/bootstrap.ts';
import { backupTo, DAILY_BACKUPS_KEPT, makeBackup } from '../src/main/db/backups.ts';
import { applyKey } from '../src/main/db/cipher.ts';
import { writeDatabaseFile } from '../src/main/db/keyed-copy.ts';
import { DATABASE_FILE_NAME } from '../src/main/db/open.ts';
import { benchApi, call } from './api.ts';
import { fortyItemRefs, planContent, type Refs } from './forty-item-plan.ts';
import { round2, seededRandom, sized, time, type BenchSuite } from './lib.ts';
import { fakePatient } from './patients.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A different handful of the 40 items for each plan, as real plans differ. */
function someOf(refs: Refs, random: () => number): Refs {
  const few = (list: string[], min: number) =>
    list.filter((_, i) => i < min || random() < 0.4).slice(0, Math.max(min, list.length));
  return {
    orthoses: few(refs.orthoses, 1),
    equipment: few(refs.equipment, 2),
    principles: few(refs.principles, 1),
    strategies: few(refs.strategies, 1),
  };
}

/**
 * The main thread's longest stall while it only waits, for as long as a backup took: the
 * floor a busy machine's scheduling alone gives, measured in the same run.
 */
async function idleStall(ms: number): Promise<number> {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  await new Promise((resolve) => setTimeout(resolve, ms));
  loop.disable();
  return loop.max / 1e6;
}

/** One backup as the app makes it, with the main thread's longest stall while it ran. */
async function measuredBackup(db: Database.Database, file: string, key: Buffer | null) {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const ms = await time(() => makeBackup(db, file, { key }));
  loop.disable();
  return { ms, stallMs: loop.max / 1e6, bytes: statSync(file).size };
}

export const backupsBench: BenchSuite = {
  name: 'backups',
  targets: {
    'backup.main_stall_ms': { max: 50, label: '≤ 50 ms' },
    'backup.total_size_ratio': { max: 4, label: '≤ 4 (14 copies / database)' },
  },
  async run({ dir, log, quick }) {
    const patients = sized(quick, 2_000, 60);
    const versions = sized(quick, 5, 2);
    const random = seededRandom(0x6261636b);
    let now = Date.parse('2024-01-15T09:00:00.000Z');
    const clock = () => new Date(now);
    const db = await openAppDatabase(dir, clock);
    let encrypted: Database.Database | null = null;
    try {
      const api = benchApi(db, dir, clock, random);
      const settings = await call(api, 'settings.get', {});
      await call(api, 'settings.update', {
        settings: { ...settings, clinicName: 'Bench clinic', therapists: ['Alex Morgan, OT'] },
      });
      const refs = await fortyItemRefs(api);
      log(`making ${patients} patients with ${versions} finalised plan versions each…`);
      for (let n = 0; n < patients; n++) {
        const patient = await call(api, 'patients.create', { patient: fakePatient(random, n) });
        let plan = await call(api, 'plans.createDraft', {
          patientId: patient.id,
          source: { from: 'blank' },
        });
        for (let v = 1; v <= versions; v++) {
          if (v > 1) plan = await call(api, 'plans.revise', { id: plan.id });
          const content = planContent(someOf(refs, random), n * 10 + v);
          content.planDate = plan.content.planDate;
          content.reviewDate = new Date(Date.parse(content.planDate) + 90 * DAY_MS)
            .toISOString()
            .slice(0, 10);
          await call(api, 'plans.saveDraft', { id: plan.id, content });
          plan = await call(api, 'plans.finalise', { id: plan.id });
          now += DAY_MS / 4;
        }
      }
      db.pragma('wal_checkpoint(TRUNCATE)');
      const dbBytes = statSync(path.join(dir, DATABASE_FILE_NAME)).size;
      log(`database of ${(dbBytes / 1e6).toFixed(1)} MB`);

      const backups = path.join(dir, 'backups');
      mkdirSync(backups, { recursive: true });
      const floorMs = await time(() => backupTo(db, path.join(backups, 'floor.sqlite')));
      const plain = await measuredBackup(db, path.join(backups, 'daily.jpbackup'), null);
      log(
        `backup of ${(plain.bytes / 1e6).toFixed(1)} MB in ${Math.round(plain.ms)} ms (SQLite's plain copy: ${Math.round(floorMs)} ms); longest main-thread stall ${plain.stallMs.toFixed(1)} ms`,
      );

      // The same data encrypted, as helper "encryption"'s database is, backed up under its key.
      const key = randomBytes(32);
      const encryptedFile = path.join(dir, 'encrypted', DATABASE_FILE_NAME);
      mkdirSync(path.dirname(encryptedFile));
      writeDatabaseFile(db.serialize(), encryptedFile, key);
      encrypted = new Database(encryptedFile);
      applyKey(encrypted, key);
      encrypted.pragma('journal_mode = WAL');
      const sealed = await measuredBackup(encrypted, path.join(backups, 'daily-enc.jpbackup'), key);
      log(`encrypted backup in ${Math.round(sealed.ms)} ms, stall ${sealed.stallMs.toFixed(1)} ms`);

      const floorStall = await idleStall(Math.max(plain.ms, sealed.ms));
      return {
        'backup.big_ms': round2(plain.ms),
        'backup.idle_stall_ms': round2(floorStall),
        'backup.sqlite_copy_ms': round2(floorMs),
        'backup.main_stall_ms': round2(Math.max(plain.stallMs, sealed.stallMs)),
        'backup.encrypted_ms': round2(sealed.ms),
        'backup.db_size_mb': round2(dbBytes / 1e6),
        // Each daily copy is of much the same data, so 14 copies are 14 times one.
        'backup.total_size_ratio': round2((DAILY_BACKUPS_KEPT * plain.bytes) / dbBytes),
      };
    } finally {
      encrypted?.close();
      db.close();
    }
  },
};
