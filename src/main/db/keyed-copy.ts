import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { standaloneImage } from './backup-file.ts';

/** A private in-memory database holding `image` (a whole database file's bytes). */
export function imageDatabase(image: Buffer): SqliteDatabase {
  return new Database(standaloneImage(image));
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Copies every table, index, trigger and view of `source`'s main schema, with every row (rowids
 * kept), and its user_version and application_id, into the empty database attached as `into`.
 * Done by hand (as SQLCipher's sqlcipher_export does) because SQLite's backup API cannot copy
 * between a plain and an encrypted database, and a plain copy must never touch the disk.
 */
function exportInto(source: SqliteDatabase, into: string): void {
  const schema = source
    .prepare(
      `SELECT type, name, sql FROM main.sqlite_schema
       WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid`,
    )
    .all() as { type: string; name: string; sql: string }[];
  const qualified = (sql: string) =>
    sql.replace(
      /^CREATE (TABLE|UNIQUE INDEX|INDEX)( IF NOT EXISTS)? /,
      (m) => `${m}${quote(into)}.`,
    );
  source.pragma('foreign_keys = OFF');
  // A full-text index's shadow tables have reserved names: SQLite lets them be made (and the
  // index's own schema row be written) only with the schema writable, outside defensive mode.
  source.unsafeMode(true);
  source.pragma('writable_schema = ON');
  source.transaction(() => {
    const virtual = schema.filter((s) => s.type === 'table' && /^CREATE VIRTUAL/i.test(s.sql));
    // Tables first (a virtual table's shadow tables are ordinary ones, copied as such).
    for (const s of schema.filter((t) => t.type === 'table' && !virtual.includes(t))) {
      source.exec(qualified(s.sql));
      const columns = (
        source.prepare(`PRAGMA main.table_xinfo(${quote(s.name)})`).all() as {
          name: string;
          hidden: number;
        }[]
      )
        .filter((c) => c.hidden === 0)
        .map((c) => quote(c.name));
      let hasRowid = true;
      try {
        source.prepare(`SELECT rowid FROM main.${quote(s.name)} LIMIT 0`).all();
      } catch {
        hasRowid = false;
      }
      const list = [...(hasRowid ? ['rowid'] : []), ...columns].join(', ');
      source.exec(
        `INSERT INTO ${quote(into)}.${quote(s.name)} (${list}) SELECT ${list} FROM main.${quote(s.name)}`,
      );
    }
    const hasSequence = source
      .prepare(`SELECT 1 FROM main.sqlite_schema WHERE name = 'sqlite_sequence'`)
      .get();
    if (hasSequence) {
      source.exec(`DELETE FROM ${quote(into)}.sqlite_sequence`);
      source.exec(`INSERT INTO ${quote(into)}.sqlite_sequence SELECT * FROM main.sqlite_sequence`);
    }
    for (const s of schema.filter((t) => t.type === 'index')) source.exec(qualified(s.sql));
    // Views, triggers and virtual tables go into the schema as written, after the data, so no
    // trigger fires on the copy (SQLCipher's export does the same).
    source
      .prepare(
        `INSERT INTO ${quote(into)}.sqlite_schema (type, name, tbl_name, rootpage, sql)
         SELECT type, name, tbl_name, rootpage, sql FROM main.sqlite_schema
         WHERE type IN ('view', 'trigger') OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL%')`,
      )
      .run();
  })();
  source.pragma('writable_schema = OFF');
  source.unsafeMode(false);
  const version = source.pragma('main.user_version', { simple: true }) as number;
  const appId = source.pragma('main.application_id', { simple: true }) as number;
  source.pragma(`${quote(into)}.user_version = ${version}`);
  source.pragma(`${quote(into)}.application_id = ${appId}`);
}

/**
 * Writes a database image to `file` (which must not exist yet), flushed to disk: byte for byte
 * when `key` is null, otherwise encrypted under `key` from the first page written, so no
 * plaintext page ever reaches the disk.
 */
export function writeDatabaseFile(image: Buffer, file: string, key: Buffer | null): void {
  if (!key) {
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, standaloneImage(image));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return;
  }
  closeSync(openSync(file, 'wx', 0o600));
  const source = imageDatabase(image);
  try {
    source
      .prepare(`ATTACH DATABASE ? AS restored KEY ?`)
      // The key as the text x'…' is taken as the raw key, exactly as cipher.ts keys the live
      // database (`PRAGMA key = "x'…'"`); a blob would be taken as a passphrase and stretched,
      // giving a file the app could not open (cipher-interop.test.ts). The cipher is
      // SQLite3 Multiple Ciphers' default, chacha20, the one cipher.ts names.
      .run(file, `x'${key.toString('hex')}'`);
    try {
      exportInto(source, 'restored');
    } finally {
      source.exec('DETACH DATABASE restored');
    }
  } finally {
    source.close();
  }
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
