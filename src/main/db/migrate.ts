import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DatabaseOpenError } from './errors.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export interface MigrateOptions {
  migrations?: readonly Migration[];
  /** Called before anything changes when there is data to protect. */
  backup?: (fromVersion: number) => Promise<void>;
}

/**
 * Brings the schema up to date: all pending migrations in one transaction, so a failure
 * leaves the database exactly as it was. A database from a newer app is refused.
 */
export async function migrate(
  db: Database,
  file: string,
  options: MigrateOptions = {},
): Promise<number> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new DatabaseOpenError(
      'newer-version',
      file,
      `This data was saved by a newer version of JointPlan (data version ${current}; this copy understands up to ${latest}). Install the latest JointPlan to open it. Nothing was changed.`,
    );
  }
  const pending = migrations.slice(current);
  if (pending.length === 0) return current;
  if (current > 0 && options.backup) await options.backup(current);
  try {
    db.transaction(() => {
      for (const m of pending) {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
    })();
  } catch (cause) {
    throw new DatabaseOpenError(
      'migration-failed',
      file,
      `JointPlan could not update its data to the new version, so it left the data exactly as it was. (${cause instanceof Error ? cause.message : String(cause)})`,
      { cause },
    );
  }
  return latest;
}
