import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { openAppData, type AppData } from '../main/app-data.ts';
import { workerRenderer } from '../main/handout/render-in-worker.ts';
import { argValue, resolveDataDir } from '../main/data-dir.ts';
import { z } from 'zod';
import { startWebHost } from './server.ts';
import { passphraseProtector } from '../main/keys/key-store.ts';
import { unlockDataFolder } from '../main/keys/unlock.ts';
import { PASSPHRASE_ENV, readPassphrase, recoveryKeyAsker } from './passphrase.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const usage = 'Usage: npm run serve:web -- --data-dir DIR [--port N]';

const argv = process.argv.slice(2);
if (argv.includes('--help')) {
  console.log(usage);
  process.exit(0);
}
const dataDir = resolveDataDir(argv, process.env, () => {
  console.error(`JointPlan needs a data folder.\n${usage}`);
  process.exit(2);
});
const portText = argValue(argv, '--port') ?? '5183';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(portText)}`);
  process.exit(2);
}
const rendererDir = path.resolve(argValue(argv, '--renderer') ?? path.join(root, 'out/renderer'));
const { version } = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')));

const passphrase = await readPassphrase(process.env);
if (!passphrase) {
  console.error(
    `JointPlan encrypts its data. The web host has no system keychain, so it keeps the key under a passphrase: type it when asked, or set ${PASSPHRASE_ENV}.`,
  );
  process.exit(2);
}
console.error(
  'The data is encrypted; the web host keeps its key under your passphrase (not the system keychain).',
);

let data: AppData;
const renderHandout = workerRenderer(new URL('../main/handout/worker.ts', import.meta.url));
try {
  const protector = passphraseProtector(passphrase);
  const unlocked = await unlockDataFolder({
    dataDir,
    protector,
    askRecoveryKey: recoveryKeyAsker(process.env),
  });
  // A database that cannot be used is moved aside; the page says so (app.info).
  data = await openAppData({
    dataDir,
    keys: { protector, ...unlocked },
    appVersion: version,
    renderHandout,
    integrityWorker: new URL('../main/db/integrity-worker.ts', import.meta.url),
  });
  // Ready for the first handout while the page opens.
  renderHandout.warm();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (data.recovery) console.error(data.recovery.message);
const host = await startWebHost({ api: data.api, rendererDir, port });
console.log(`JointPlan is running at ${host.url}`);
console.log(`Data folder: ${dataDir}`);
const dailyBackup = data
  .runDailyBackup()
  .catch((error: unknown) => console.error('[backup] the daily backup failed', error));
// Said so that whoever waits for a quiet machine (bench/window.ts) knows when it is.
void Promise.all([dailyBackup, data.checkedAfterStart]).then(() =>
  console.log('The work after start is done: the daily backup and the full check of the data.'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void host.close().then(() => {
      data.close();
      process.exit(0);
    });
  });
}
