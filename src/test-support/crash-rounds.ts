import Database from 'better-sqlite3-multiple-ciphers';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openDatabase } from '../main/db/open.ts';

const WRITER = path.join(import.meta.dirname, 'crash-writer.ts');

export interface CrashRound {
  reported: number;
  missing: string[];
  integrity: string;
}

/**
 * One round: start the writer on `file`, let it commit for `runMs` after it is ready, kill it
 * with SIGKILL, then check that every id it reported is in the database and that SQLite finds
 * the file sound. The database is reopened the way the app opens it (quick_check, migrations).
 */
export async function crashRound(file: string, runMs: number): Promise<CrashRound> {
  const child = spawn(process.execPath, [WRITER, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready\n')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the writer exited early (${code})`)));
  });
  await new Promise((resolve) => setTimeout(resolve, runMs));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;

  // Only whole lines were reported; a half-written last line was not yet a promise.
  const ids = output.split('\n').slice(1, -1);
  const db = await openDatabase(file);
  db.close();
  const check = new Database(file, { readonly: true });
  try {
    const present = new Set(
      (check.prepare('SELECT id FROM patients').all() as { id: string }[]).map((r) => r.id),
    );
    const integrity = (check.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    return { reported: ids.length, missing: ids.filter((id) => !present.has(id)), integrity };
  } finally {
    check.close();
  }
}
