import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import {
  confirmRecoveryKey,
  expect,
  expectNoA11yViolations,
  startWebHost,
  test,
} from './fixtures.ts';
import { addPatient, listedNames, patientList } from './patient-helpers.ts';

// The first start's recovery key is read here, to type it back on the unlock page.
test.use({ confirmsRecoveryKey: false });
// Each journey starts the web host two or three times and derives keys with scrypt at each try.
test.slow();

const SHOTS = process.env.UNLOCK_SHOTS;

/** Every file in the data folder, by SHA-256: what "nothing was changed" means. */
function folderHashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
        return [path.relative(dir, file), hash];
      }),
  );
}

/** The web host with no passphrase given (and no terminal): it serves the unlock page. */
async function openLocked(
  browser: Browser,
  dataDir: string,
  locale = 'en-GB',
): Promise<{ page: Page; stop(): Promise<void> }> {
  const host = await startWebHost(dataDir, { JOINTPLAN_PASSPHRASE: '' });
  const context = await browser.newContext({ reducedMotion: 'reduce', locale });
  const page = await context.newPage();
  await page.goto(host.url);
  return {
    page,
    stop: async () => {
      await context.close();
      await stopHost(host.child);
    },
  };
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** The app, once the page has gone from unlocking to it (a navigation), lists these patients. */
async function expectAppWith(page: Page, names: string[]): Promise<void> {
  await expect(patientList(page)).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => listedNames(page)).toEqual(names);
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

test('a folder this computer cannot unlock: a wrong recovery key changes nothing, the right one opens it', async ({
  app,
  webBrowser,
}) => {
  const groups = await confirmRecoveryKey(app.page);
  await addPatient(app.page, { given: 'Ruth', family: 'Adeyemi', chart: 'UN-1' });
  await app.kill();
  // As if the folder came from a desktop whose keychain kept the key: nothing here opens it.
  const keyFile = path.join(app.dataDir, 'jointplan.keys.json');
  const keys = JSON.parse(readFileSync(keyFile, 'utf8'));
  keys.protected = { kind: 'keychain', data: Buffer.from('another keychain').toString('base64') };
  writeFileSync(keyFile, JSON.stringify(keys));

  const locked = await openLocked(await webBrowser(), app.dataDir);
  try {
    const { page } = locked;
    await expect(
      page.getByRole('heading', { level: 1, name: 'Open your data with your recovery key' }),
    ).toBeVisible();
    const field = page.getByRole('textbox', { name: 'Recovery key' });
    await expect(field).toBeFocused();
    await expectNoA11yViolations(page);
    await shot(page, 'recovery-key');

    const before = folderHashes(app.dataDir);
    const wrong = groups.map((g, i) => (i === 7 ? (g === '0000' ? '1111' : '0000') : g)).join('-');
    // Keyboard only: type, tab through the new passphrase twice, Enter.
    await field.fill(wrong);
    await page.keyboard.press('Tab');
    await page.keyboard.type('a new passphrase here');
    await page.keyboard.press('Tab');
    await page.keyboard.type('a new passphrase here');
    await page.keyboard.press('Enter');
    const refusal =
      'That recovery key does not open this data. Nothing was changed. Check each group and try again.';
    await expect(field).toHaveAccessibleDescription(new RegExp(refusal.replace(/\./g, '\\.')));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(wrong);
    expect(folderHashes(app.dataDir)).toEqual(before);
    await expectNoA11yViolations(page);
    await shot(page, 'recovery-key-refused');

    // Any case, spaces instead of dashes.
    await field.fill(groups.join(' ').toLowerCase());
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expectAppWith(page, ['Adeyemi, Ruth']);
    await shot(page, 'opened');
  } finally {
    await locked.stop();
  }

  // From now on the new passphrase opens it on the same page.
  const again = await openLocked(await webBrowser(), app.dataDir);
  try {
    const { page } = again;
    await expect(page.getByRole('heading', { level: 1, name: 'Unlock your data' })).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill('a new passphrase here');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expectAppWith(page, ['Adeyemi, Ruth']);
  } finally {
    await again.stop();
  }
});

test('a passphrase chosen on the page at the first start, then asked at each start', async ({
  webBrowser,
}) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jointplan-e2e-unlock-'));
  try {
    const first = await openLocked(await webBrowser(), dataDir);
    try {
      const { page } = first;
      await expect(
        page.getByRole('heading', { level: 1, name: 'Choose a passphrase' }),
      ).toBeVisible();
      await expectNoA11yViolations(page);
      await shot(page, 'choose-passphrase');
      const passphrase = page.getByLabel('New passphrase', { exact: true });
      const repeat = page.getByLabel('Type the new passphrase again');
      await passphrase.fill('too short');
      await repeat.fill('too short');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(passphrase).toHaveAccessibleDescription(/at least 10 characters\./);
      await passphrase.fill('long enough passphrase');
      await repeat.fill('long enough passphrasE');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(repeat).toHaveAccessibleDescription(/The two passphrases are not the same/);
      expect(readdirSync(dataDir)).toEqual([]);
      await repeat.fill('long enough passphrase');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('alertdialog', { name: 'Your recovery key' })).toBeVisible({
        timeout: 60_000,
      });
      // The app, at its first start: the recovery key to write down.
      await confirmRecoveryKey(page);
      await addPatient(page, { given: 'Ade', family: 'Okafor' });
    } finally {
      await first.stop();
    }

    const second = await openLocked(await webBrowser(), dataDir);
    try {
      const { page } = second;
      await expect(page.getByRole('heading', { level: 1, name: 'Unlock your data' })).toBeVisible();
      const before = folderHashes(dataDir);
      const field = page.getByLabel('Passphrase', { exact: true });
      await field.fill('not the passphrase');
      await field.press('Enter');
      await expect(field).toHaveAccessibleDescription(
        /That passphrase does not open your data\. Nothing was changed\./,
      );
      expect(folderHashes(dataDir)).toEqual(before);
      await expect(page.getByRole('button', { name: 'Use my recovery key' })).toBeVisible();
      await expectNoA11yViolations(page);
      await shot(page, 'passphrase-refused');
      await field.fill('long enough passphrase');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expectAppWith(page, ['Okafor, Ade']);
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('Quit on the unlock page stops the web host and changes nothing', async ({ webBrowser }) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jointplan-e2e-unlock-quit-'));
  try {
    const host = await startWebHost(dataDir, { JOINTPLAN_PASSPHRASE: '' });
    const exited = new Promise((resolve) => host.child.once('exit', resolve));
    const context = await (await webBrowser()).newContext();
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Quit' }).click();
    await expect(page.getByRole('status')).toHaveText(
      /JointPlan has stopped\. Nothing was changed\./,
    );
    expect(await exited).toBe(0);
    expect(readdirSync(dataDir)).toEqual([]);
    await context.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('on a computer set to Spanish the unlock page, and its refusals, are in Spanish', async ({
  webBrowser,
}) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jointplan-e2e-unlock-es-'));
  try {
    const locked = await openLocked(await webBrowser(), dataDir, 'es-ES');
    try {
      const { page } = locked;
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(
        page.getByRole('heading', { level: 1, name: 'Elija una frase de contraseña' }),
      ).toBeVisible();
      const passphrase = page.getByLabel('Nueva frase de contraseña', { exact: true });
      await passphrase.fill('corta');
      await page.getByLabel('Vuelva a escribir la nueva frase de contraseña').fill('corta');
      await page.getByRole('button', { name: 'Continuar' }).click();
      await expect(passphrase).toHaveAccessibleDescription(
        /Una frase de contraseña necesita al menos 10 caracteres\./,
      );
      await expectNoA11yViolations(page);
      await shot(page, 'choose-passphrase-es');
      await page.getByRole('button', { name: 'Salir' }).click();
      await expect(page.getByRole('status')).toHaveText(/JointPlan se ha detenido\./);
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      await locked.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
