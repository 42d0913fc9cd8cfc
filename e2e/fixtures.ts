import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type Browser,
  type Page,
  _electron,
  chromium,
} from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export type AppHost = 'web' | 'electron';

/** The app as a user meets it, on its own data folder, with a way to restart it. */
export interface RunningApp {
  readonly page: Page;
  readonly dataDir: string;
  /** Stops the app gracefully and starts it again on the same data folder. */
  restart(): Promise<Page>;
  /** Kills the app's process at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts it again after kill(). */
  start(): Promise<Page>;
}

/** Where a downloaded Electron would be; never `require('electron')`, which downloads it. */
function electronBinary(): string | null {
  const dir = path.join(root, 'node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** The web host keeps the database key under a passphrase (no keychain): every test's. */
export const E2E_PASSPHRASE = 'e2e passphrase for the test data';

export function startWebHost(
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'src/web-host/cli.ts'),
      '--data-dir',
      dataDir,
      '--port',
      '0',
      // A build elsewhere than out/ (E2E_RENDERER_DIR), so two checkouts' runs do not collide.
      ...(process.env.E2E_RENDERER_DIR ? ['--renderer', process.env.E2E_RENDERER_DIR] : []),
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, JOINTPLAN_PASSPHRASE: E2E_PASSPHRASE, ...env },
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)));
  });
}

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  await exited;
}

const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

function chromiumPath(): string | undefined {
  return (
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  );
}

/**
 * The one place the first start's recovery key is written down and confirmed, as a therapist
 * does, so every other spec starts on the app itself. Returns the key's groups.
 */
export async function confirmRecoveryKey(page: Page): Promise<string[]> {
  const dialog = page.getByRole('alertdialog', { name: 'Your recovery key' });
  const items = dialog.getByRole('list', { name: 'Recovery key' }).getByRole('listitem');
  // The dialog follows the first page by a moment: wait for the whole key before reading it.
  await expect(items).toHaveCount(8);
  const groups = await items.allInnerTexts();
  await dialog.getByRole('button', { name: 'I have written it down' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Confirm your recovery key' });
  for (const [i, group] of groups.entries()) {
    const field = confirm.getByLabel(`Group ${i + 1}`, { exact: true });
    if ((await field.count()) > 0) await field.fill(group.trim());
  }
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm).toBeHidden();
  return groups.map((g) => g.trim());
}

export const test = base.extend<
  { app: RunningApp; confirmsRecoveryKey: boolean },
  { appHost: AppHost; webBrowser: () => Promise<Browser> }
>({
  appHost: ['web', { option: true, scope: 'worker' }],

  // One Chromium per worker, launched only when a web test asks for it.
  webBrowser: [
    async ({}, use) => {
      const launched: { browser?: Browser } = {};
      await use(async () => {
        const executablePath = chromiumPath();
        launched.browser ??= await chromium.launch({
          ...(executablePath ? { executablePath } : {}),
          args: launchArgs,
        });
        return launched.browser;
      });
      await launched.browser?.close();
    },
    { scope: 'worker' },
  ],

  // The recovery-key spec turns this off to go through the screens itself.
  confirmsRecoveryKey: [true, { option: true }],

  app: async ({ appHost, webBrowser, viewport, confirmsRecoveryKey }, use, testInfo) => {
    const binary = appHost === 'electron' ? electronBinary() : null;
    testInfo.skip(
      appHost === 'electron' && binary === null,
      'Electron binary not present (it cannot be downloaded here); the web project runs these specs',
    );
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jointplan-e2e-'));
    let stopCurrent: (signal: NodeJS.Signals) => Promise<void> = async () => {};
    let page: Page | null = null;
    // A new data folder: the app shows its recovery key once, at this first start.
    let firstStart = true;

    async function start(): Promise<Page> {
      if (appHost === 'electron' && binary) {
        const electronApp = await _electron.launch({
          executablePath: binary,
          args: [path.join(root, 'out/main/index.js'), `--data-dir=${dataDir}`],
        });
        page = await electronApp.firstWindow();
        const pid = electronApp.process().pid;
        stopCurrent = async (signal) => {
          if (signal === 'SIGKILL' && pid) process.kill(pid, 'SIGKILL');
          else await electronApp.close();
        };
      } else {
        const host = await startWebHost(dataDir);
        // Reduced motion: toasts appear at rest, so axe never judges one halfway through fading
        // in (under load a toast could start its fade while axe ran, after the wait below).
        const context = await (
          await webBrowser()
        ).newContext({ viewport, reducedMotion: 'reduce' });
        page = await context.newPage();
        await page.goto(host.url);
        stopCurrent = async (signal) => {
          await context.close();
          await stopProcess(host.child, signal);
        };
      }
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (firstStart && confirmsRecoveryKey) await confirmRecoveryKey(page);
      firstStart = false;
      return page;
    }

    await start();
    await use({
      get page() {
        if (!page) throw new Error('The app is not running');
        return page;
      },
      dataDir,
      restart: async () => {
        await stopCurrent('SIGTERM');
        return start();
      },
      kill: async () => {
        await stopCurrent('SIGKILL');
        page = null;
      },
      start,
    });
    await stopCurrent('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/** Fails with the list of violations if axe-core finds any on the page as it is now. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  // Judge the page at rest: a toast fading in has, for a moment, too little contrast.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  // react-aria's live announcer briefly points role="img" at text it has already removed;
  // it is invisible, lives 7 s, and is the library's screen-reader channel, not our markup.
  const results = await new AxeBuilder({ page }).exclude('[data-live-announcer]').analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

export { expect };
