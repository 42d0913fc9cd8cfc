import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppData } from './app-data.ts';
import { isEncryptedFile } from './db/cipher.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './db/migrations/index.ts';
import { DATABASE_FILE_NAME, openDatabase } from './db/open.ts';
import { dispatch } from './dispatch.ts';
import { openApiHarness } from '../test-support/api-harness.ts';
import { writeOldPatient } from '../test-support/older-database.ts';
import { buildFullRecord, prepareMachine } from '../test-support/test-record.ts';
import { fakeKeychain, openEncryptedAppData } from '../test-support/test-keys.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function call(data: AppData, method: string, input: unknown): Promise<unknown> {
  const result = await dispatch(data.api, method as never, input, (m, e) => {
    throw new Error(`${m}: ${String(e)}`);
  });
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Each table's rows, in a stable order: what must survive encryption exactly. */
function contents(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.sort().map((t) => [
      t,
      db
        .prepare(`SELECT * FROM "${t}"`)
        .raw()
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  );
}

function filesHolding(folder: string, words: string[]): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(path.join(folder, name)).isFile())
    .filter((name) => {
      const bytes = readFileSync(path.join(folder, name));
      return words.some((w) => bytes.includes(Buffer.from(w)));
    });
}

/** Encrypts the plain database in `dir` from Settings and checks every row came across. */
async function encryptAndCheck(dir: string, words: string[]): Promise<void> {
  const plain = new Database(path.join(dir, DATABASE_FILE_NAME), { readonly: true });
  const before = contents(plain);
  plain.close();
  const keychain = fakeKeychain();
  const data = await openEncryptedAppData({
    dataDir: dir,
    appVersion: 'test',
    protector: keychain,
  });
  let originals: string[];
  try {
    const status = (await call(data, 'security.status', {})) as { encrypted: boolean };
    expect(status.encrypted).toBe(false);
    const after = (await call(data, 'security.encrypt', { confirm: true })) as {
      encrypted: boolean;
      plainOriginals: string[];
      recoveryKey: unknown;
    };
    expect(after.encrypted).toBe(true);
    expect(after.recoveryKey).not.toBeNull();
    expect(after.plainOriginals).toHaveLength(1);
    originals = after.plainOriginals;
    // Opening migrated the plain file first; compare with the migrated plain copy kept. (The
    // reopen brings the shipped templates up to date, which stamps their updated_at.)
    const kept = new Database(path.join(dir, 'backups', originals[0]!), { readonly: true });
    const [encrypted, plainCopy] = [contents(data.db), contents(kept)];
    kept.close();
    expect(encrypted.plan_templates?.length).toBe(plainCopy.plan_templates?.length);
    delete encrypted.plan_templates;
    delete plainCopy.plan_templates;
    expect(encrypted).toEqual(plainCopy);
    // Still usable: a change after encryption is kept.
    await call(data, 'settings.get', {});
  } finally {
    data.close();
  }
  expect(isEncryptedFile(path.join(dir, DATABASE_FILE_NAME))).toBe(true);
  expect(readdirSync(dir).filter((n) => /plain-|encrypt/.test(n))).toEqual([]);
  // Next start: the keychain opens it, with the same rows.
  const again = await openEncryptedAppData({
    dataDir: dir,
    appVersion: 'test',
    protector: keychain,
  });
  try {
    const migrated = contents(again.db);
    for (const [table, rows] of Object.entries(before)) {
      expect(migrated[table]?.length ?? 0).toBeGreaterThanOrEqual(rows.length);
    }
    const removed = (await call(again, 'security.removePlainOriginals', { confirm: true })) as {
      plainOriginals: string[];
    };
    expect(removed.plainOriginals).toEqual([]);
  } finally {
    again.close();
  }
  expect(readdirSync(path.join(dir, 'backups'))).not.toContain(originals[0]);
  // Only the backups made before migrations (older app versions' files) may still be plain.
  expect(filesHolding(dir, words).filter((name) => !name.includes('before-migration'))).toEqual([]);
}

describe('a plain database from an earlier version is encrypted with its data intact', () => {
  for (let version = 1; version < LATEST_SCHEMA_VERSION; version++) {
    it(`from data version ${version}`, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), `jointplan-encrypt-v${version}-`));
      dirs.push(dir);
      const old = await openDatabase(path.join(dir, DATABASE_FILE_NAME), {
        migrations: MIGRATIONS.slice(0, version),
      });
      writeOldPatient(old);
      old.close();
      await encryptAndCheck(dir, ['Müller', 'RA-7']);
    }, 30_000);
  }

  it('at the latest version, with finalised plans whose snapshot hashes are checked', async () => {
    const h = await openApiHarness();
    await prepareMachine(h, 'Riverside Hand Clinic');
    await buildFullRecord(h, 'RH-4242');
    h.db.close();
    dirs.push(h.dir);
    await encryptAndCheck(h.dir, ['Okafor', 'RH-4242', 'daughter visits']);
  }, 30_000);
});
