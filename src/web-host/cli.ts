import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { openAppData, type AppData } from '../main/app-data.ts';
import { workerRenderer } from '../main/handout/render-in-worker.ts';
import { argValue, resolveDataDir } from '../main/data-dir.ts';
import { z } from 'zod';
import { startWebHost, type WebHost } from './server.ts';
import { passphraseProtector } from '../main/keys/key-store.ts';
import { unlockDataFolder } from '../main/keys/unlock.ts';
import {
  passphraseFirstStage,
  unlockSession,
  type Unlocked,
} from '../main/unlock/unlock-session.ts';
import type { AppApi } from '../shared/api.ts';
import { readPassphrase, recoveryKeyAsker } from './passphrase.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const usage = 'Usage: npm run serve:web -- --data-dir DIR [--port N] [--unlock-page]';

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

// The passphrase from the environment or the terminal; with neither (or --unlock-page), the
// page asks for it in the browser, as the desktop app's unlock window does.
const passphrase = argv.includes('--unlock-page') ? null : await readPassphrase(process.env);
console.error(
  passphrase === null
    ? 'The data is encrypted; the page in your browser asks for your passphrase (the web host keeps its key under it, not the system keychain).'
    : 'The data is encrypted; the web host keeps its key under your passphrase (not the system keychain).',
);

let data: AppData | null = null;
const renderHandout = workerRenderer(new URL('../main/handout/worker.ts', import.meta.url));

/** Opens the data with its key; a database that cannot be used is moved aside (app.info). */
async function openData({ protector, keys }: Unlocked): Promise<AppData> {
  try {
    const opened = await openAppData({
      dataDir,
      keys: { protector, ...keys },
      appVersion: version,
      renderHandout,
      integrityWorker: new URL('../main/db/integrity-worker.ts', import.meta.url),
    });
    // Ready for the first handout while the page opens.
    renderHandout.warm();
    if (opened.recovery) console.error(opened.recovery.message);
    return opened;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

let host: WebHost;
if (passphrase) {
  const protector = passphraseProtector(passphrase);
  try {
    const keys = await unlockDataFolder({
      dataDir,
      protector,
      askRecoveryKey: recoveryKeyAsker(process.env),
    });
    data = await openData({ protector, keys });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  host = await startWebHost({ api: data.api, rendererDir, port });
  console.log(`JointPlan is running at ${host.url}`);
} else {
  const session = unlockSession({
    dataDir,
    first: passphraseFirstStage(dataDir, false) ?? { stage: 'choose', allowUnprotected: false },
    protectors: { passphrase: passphraseProtector },
  });
  const opening = session.done.then((unlocked) => (unlocked ? openData(unlocked) : null));
  // The app's calls wait for the data, which opens as the page goes from unlock to the app.
  const api = new Proxy({} as AppApi, {
    get: (_target, method: keyof AppApi) => async (input: never) => {
      const opened = await opening;
      if (!opened) throw new Error('JointPlan was stopped from the unlock page.');
      return (opened.api[method] as (input: never) => unknown)(input);
    },
  });
  host = await startWebHost({ api, rendererDir, port, unlock: { session } });
  console.log(
    `JointPlan is running at ${host.url} (locked: open it to type the passphrase or recovery key)`,
  );
  data = await opening;
  if (!data) {
    console.error('Stopped from the unlock page. Nothing was changed.');
    await host.close();
    process.exit(0);
  }
}
console.log(`Data folder: ${dataDir}`);
const appData = data;
const dailyBackup = appData
  .runDailyBackup()
  .catch((error: unknown) => console.error('[backup] the daily backup failed', error));
// Said so that whoever waits for a quiet machine (bench/window.ts) knows when it is.
void Promise.all([dailyBackup, appData.checkedAfterStart]).then(() =>
  console.log('The work after start is done: the daily backup and the full check of the data.'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void host.close().then(() => {
      appData.close();
      process.exit(0);
    });
  });
}
