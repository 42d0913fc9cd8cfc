import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from './errors.ts';
import { migrate, schemaVersion } from './migrate.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';
import { DATABASE_FILE_NAME, openDatabase } from './open.ts';

let dir: string;
let file: string;
const open: SqliteDatabase[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-migrate-'));
  file = path.join(dir, DATABASE_FILE_NAME);
});

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

function track(db: SqliteDatabase): SqliteDatabase {
  open.push(db);
  return db;
}

const first = MIGRATIONS[0] as Migration;

const addsColour: Migration = {
  version: 2,
  name: 'patients colour',
  up: (db) => db.exec("ALTER TABLE patients ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue'"),
};

const throwsHalfway: Migration = {
  version: 2,
  name: 'breaks halfway',
  up: (db) => {
    db.exec('CREATE TABLE half_done (x TEXT) STRICT');
    db.exec("UPDATE patients SET given_name = 'CHANGED'");
    throw new Error('disk says no');
  },
};

/** A version-1 database holding one patient, closed again. */
async function versionOneWithData(): Promise<void> {
  const db = await openDatabase(file, { migrations: [first] });
  db.prepare(
    `INSERT INTO patients (id, given_name, family_name, sort_key, search_text, created_at, updated_at)
     VALUES ('p1', 'Grace', 'Hopper', 'hopper\u0001grace', 'grace hopper', 'now', 'now')`,
  ).run();
  db.prepare(
    "INSERT INTO patient_joints (patient_id, joint, side) VALUES ('p1', 'cmc', 'left')",
  ).run();
  db.close();
}

function backups(): string[] {
  const folder = path.join(dir, 'backups');
  return existsSync(folder) ? readdirSync(folder) : [];
}

describe('MIGRATIONS', () => {
  it('are numbered 1..N in order with no gaps', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('have distinct names', () => {
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('build STRICT tables from an empty database (full-text indexes aside: SQLite owns theirs)', () => {
    const db = track(new Database(file));
    for (const m of MIGRATIONS) m.up(db);
    const tables = db
      .prepare(
        `SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'
           AND type = 'table' AND name NOT LIKE 'patient_trigrams_%'`,
      )
      .all() as { name: string; strict: number }[];
    expect(tables.map((t) => t.name).sort()).toEqual(
      expect.arrayContaining(['patient_joints', 'patients']),
    );
    expect(tables.every((t) => t.strict === 1)).toBe(true);
  });
});

describe('migrate', () => {
  it('brings a new database to the latest version', async () => {
    const db = track(new Database(file));
    expect(await migrate(db, file)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('does nothing on an up-to-date database', async () => {
    const db = track(new Database(file));
    await migrate(db, file);
    let backedUp = false;
    expect(await migrate(db, file, { backup: async () => void (backedUp = true) })).toBe(
      LATEST_SCHEMA_VERSION,
    );
    expect(backedUp).toBe(false);
  });

  it('refuses a newer database without changing it', async () => {
    const db = track(new Database(file));
    db.pragma(`user_version = ${MIGRATIONS.length + 3}`);
    const error = await migrate(db, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).problem).toBe('newer-version');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 3);
  });

  it('backs up an existing database before migrating it', async () => {
    await versionOneWithData();
    const db = track(await openDatabase(file, { migrations: [first, addsColour] }));
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare("SELECT given_name, colour FROM patients WHERE id = 'p1'").get()).toEqual({
      given_name: 'Grace',
      colour: 'blue',
    });

    const saved = backups();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/^before-migration-v1-.*\.sqlite$/);
    const backup = track(
      new Database(path.join(dir, 'backups', saved[0] ?? ''), { readonly: true }),
    );
    expect(schemaVersion(backup)).toBe(1);
    expect(backup.prepare('SELECT given_name FROM patients').all()).toEqual([
      { given_name: 'Grace' },
    ]);
  });

  it('leaves the database at its old version with its data when a migration fails', async () => {
    await versionOneWithData();

    const error = await openDatabase(file, { migrations: [first, throwsHalfway] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).problem).toBe('migration-failed');
    expect((error as DatabaseOpenError).message).toContain('left the data exactly as it was');
    expect((error as DatabaseOpenError).message).toContain('disk says no');

    // A backup was written before the attempt.
    expect(backups()).toHaveLength(1);

    // The app that only knows version 1 still opens it, with nothing half-done.
    const db = track(await openDatabase(file, { migrations: [first] }));
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare('SELECT given_name, family_name FROM patients').all()).toEqual([
      { given_name: 'Grace', family_name: 'Hopper' },
    ]);
    expect(db.prepare('SELECT joint, side FROM patient_joints').all()).toEqual([
      { joint: 'cmc', side: 'left' },
    ]);
    expect(
      db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'half_done'").get(),
    ).toBeUndefined();
  });

  it('rolls back earlier pending migrations too when a later one fails', async () => {
    await versionOneWithData();
    const third: Migration = { ...throwsHalfway, version: 3 };
    await expect(
      openDatabase(file, { migrations: [first, addsColour, third] }),
    ).rejects.toMatchObject({
      problem: 'migration-failed',
    });
    const db = track(await openDatabase(file, { migrations: [first] }));
    expect(schemaVersion(db)).toBe(1);
    const columns = (db.prepare('PRAGMA table_info(patients)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('colour');
  });

  it('migrates again successfully after a failed attempt', async () => {
    await versionOneWithData();
    await expect(openDatabase(file, { migrations: [first, throwsHalfway] })).rejects.toBeInstanceOf(
      DatabaseOpenError,
    );
    const db = track(await openDatabase(file, { migrations: [first, addsColour] }));
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT given_name, colour FROM patients').get()).toEqual({
      given_name: 'Grace',
      colour: 'blue',
    });
  });
});
