import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { confirmRecoveryKey, expect, test } from './fixtures.ts';
import { addPatient, listedNames } from './patient-helpers.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Puts a plain database (as a version before encryption left it) in the data folder. */
function plainDataFrom(dataDir: string): void {
  for (const name of ['jointplan.sqlite', 'jointplan.keys.json', 'backups/jointplan.keys.json'])
    for (const suffix of name.endsWith('.sqlite') ? ['', '-wal', '-shm'] : [''])
      rmSync(path.join(dataDir, name + suffix), { force: true });
  const open = pathToUrl(path.join(root, 'src/main/db/open.ts'));
  const file = JSON.stringify(path.join(dataDir, 'jointplan.sqlite'));
  const made = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { openDatabase } = await import(${JSON.stringify(open)});
       const db = await openDatabase(${file});
       db.prepare("INSERT INTO patients (id, given_name, family_name, sort_key, search_text, created_at, updated_at) VALUES ('3f0c6a52-9a55-4d55-9f43-7a1d2b0c9e11', 'Edith', 'Plainfield', 'plainfield edith', 'edith plainfield', '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')").run();
       db.close();`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  expect(made.status, made.stderr).toBe(0);
}

const pathToUrl = (file: string) => new URL(`file://${file}`).href;
const isPlain = (file: string) =>
  readFileSync(file).subarray(0, 15).toString('latin1') === 'SQLite format 3';

test('data from a version before encryption: offered at start, encrypted, the plain copy removed from Settings', async ({
  app,
}) => {
  test.setTimeout(180_000);
  await addPatient(app.page, { given: 'Ann', family: 'Throwaway' });
  await app.kill();
  plainDataFrom(app.dataDir);
  const live = path.join(app.dataDir, 'jointplan.sqlite');
  expect(isPlain(live)).toBe(true);

  const page = await app.start();
  await expect.poll(() => listedNames(page)).toEqual(['Plainfield, Edith']);
  const offer = page.getByRole('region', { name: 'Your data is not encrypted yet' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Encrypt my data…' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Encrypt your data?' });
  await ask.getByRole('button', { name: 'Encrypt my data', exact: true }).click();
  // Encrypting makes a new recovery key: shown and confirmed before anything else.
  await confirmRecoveryKey(page);
  await expect(offer).toBeHidden();
  await expect.poll(() => listedNames(page)).toEqual(['Plainfield, Edith']);
  expect(isPlain(live)).toBe(false);

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Settings' })
    .click();
  const section = page.getByRole('region', { name: 'Encryption' });
  await expect(section.getByText('Your data is encrypted.')).toBeVisible();
  const backups = path.join(app.dataDir, 'backups');
  const plainCopies = () => readdirSync(backups).filter((n) => n.startsWith('plain-before-'));
  expect(plainCopies()).toHaveLength(1);
  await section.getByRole('button', { name: 'Remove the unencrypted copy…' }).click();
  await page
    .getByRole('alertdialog', { name: 'Remove the unencrypted copy?' })
    .getByRole('button', { name: 'Remove it' })
    .click();
  await expect(section.getByRole('button', { name: /Remove the unencrypted copy/ })).toBeHidden();
  expect(plainCopies()).toEqual([]);
  expect(existsSync(live)).toBe(true);
});
