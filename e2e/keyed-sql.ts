import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { E2E_PASSPHRASE } from './fixtures.ts';

/**
 * Runs SQL on a test's closed, encrypted database, as an older version or years of use would
 * have left it. In a child Node process that unlocks the folder's key with the e2e passphrase,
 * as the web host does, and keys its connection as the app does (cipher.ts); the script's
 * `db` is that connection.
 */
export function withKeyedDatabase(file: string, script: string): void {
  const src = path.resolve('src/main');
  const program = `
    import { openKeyed } from ${JSON.stringify(path.join(src, 'db/cipher.ts'))};
    import { passphraseProtector } from ${JSON.stringify(path.join(src, 'keys/key-store.ts'))};
    import { unlockDataFolder } from ${JSON.stringify(path.join(src, 'keys/unlock.ts'))};
    import path from 'node:path';
    import { randomBytes } from 'node:crypto';
    const file = process.argv[1];
    const { key } = await unlockDataFolder({
      dataDir: path.dirname(file),
      protector: passphraseProtector(process.argv[2]),
      askRecoveryKey: async () => null,
    });
    const db = openKeyed(file, key);
    try {
      ${script}
    } finally {
      db.close();
    }`;
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', program, file, E2E_PASSPHRASE],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
}
