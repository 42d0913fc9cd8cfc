import type { Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  confirmRecoveryKey,
  expect,
  expectNoA11yViolations,
  startWebHost,
  test,
} from './fixtures.ts';
import { addPatient, patientList, setChecked } from './patient-helpers.ts';

async function finalisePlan(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New plan' }).click();
  await setChecked(page.getByRole('radio', { name: /RA hand, active flare/ }), true);
  await page.getByRole('button', { name: 'Start plan' }).click();
  // Templates leave a rigid splint's side to the therapist.
  await setChecked(
    page.getByRole('radiogroup', { name: 'Side' }).getByRole('radio', { name: 'Right' }),
    true,
  );
  await page.getByLabel('Therapist').fill('Jo Bloggs OT');
  await page.getByLabel('Review date').fill('2030-01-15');
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
  await page.getByRole('button', { name: 'Finalise plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 1\s+Active/ }),
  ).toBeVisible();
}

const PASSPHRASE = 'blue kettle on the hill';

test('moves a patient record to another computer, resolving a chart number already in use', async ({
  app,
  webBrowser,
}, testInfo) => {
  // Two apps, and the passphrase's key made four times (scrypt, 128 MiB each): on a busy
  // machine this takes longer than one app's test.
  test.slow();
  // The first computer: a patient with a finalised plan, exported as a file.
  const page = app.page;
  await addPatient(page, { given: 'Margaret', family: 'Okafor', chart: 'RH-1001' });
  await finalisePlan(page);
  await page.getByRole('button', { name: 'Back to patient' }).click();
  // Exported protected with a passphrase typed twice; a mismatch is said, not exported.
  await page.getByRole('button', { name: 'Export record…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export record' });
  await exportDialog.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await exportDialog.getByLabel('Type the passphrase again').fill('apple pears');
  await exportDialog.getByRole('button', { name: 'Export protected record' }).click();
  await expect(exportDialog.getByText('The two passphrases are not the same')).toBeVisible();
  await expectNoA11yViolations(page);
  await exportDialog.screenshot({ path: testInfo.outputPath('export-dialog.png') });
  await exportDialog.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportDialog.getByRole('button', { name: 'Export protected record' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^Okafor-Margaret-record-\d{4}-\d{2}-\d{2}\.jointplan\.json$/,
  );
  const recordFile = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(recordFile);
  const saved = readFileSync(recordFile, 'utf8');
  expect(JSON.parse(saved)).toMatchObject({ format: 'jointplan-protected-record', version: 1 });
  for (const secret of ['Okafor', 'Margaret', 'RH-1001']) expect(saved).not.toContain(secret);

  // The second computer: its own data folder and app, where RH-1001 is someone else's.
  const otherDir = mkdtempSync(path.join(tmpdir(), 'jointplan-e2e-other-'));
  const host = await startWebHost(otherDir);
  const context = await (await webBrowser()).newContext();
  try {
    const other = await context.newPage();
    await other.goto(host.url);
    // A new data folder is encrypted: its recovery key is shown and confirmed first.
    await confirmRecoveryKey(other);
    await addPatient(other, { given: 'Ada', family: 'Lovelace', chart: 'RH-1001' });

    await other.getByRole('button', { name: 'Import record…' }).click();
    await expect(
      other.getByRole('heading', { level: 1, name: 'Import a patient record' }),
    ).toBeVisible();
    const junk = testInfo.outputPath('not-a-record.json');
    writeFileSync(junk, 'Dear colleague, please find attached…');
    await other.getByLabel('Record file').setInputFiles(junk);
    await expect(other.getByRole('alert')).toContainText(
      'This file is not a JointPlan patient record.',
    );

    await other.getByLabel('Record file').setInputFiles(recordFile);
    // Opened with its passphrase: a wrong one is refused under the field.
    await other.getByRole('textbox', { name: 'Passphrase' }).fill('not the passphrase');
    await other.getByRole('button', { name: 'Open the record' }).click();
    await expect(other.getByText(/That passphrase does not open this record/)).toBeVisible();
    await other.screenshot({ path: testInfo.outputPath('import-passphrase.png') });
    await other.getByRole('textbox', { name: 'Passphrase' }).fill(PASSPHRASE);
    await other.getByRole('button', { name: 'Open the record' }).click();
    const facts = other.getByRole('region', { name: 'In this file' });
    await expect(facts).toContainText('Margaret Okafor');
    await expect(facts).toContainText('1 plan version, 0 sessions, 0 handouts');
    await expect(other.getByRole('alert')).toContainText(
      'Chart number RH-1001 already belongs to Ada Lovelace',
    );
    await expectNoA11yViolations(other);
    await testInfo.attach('import-conflict', {
      body: await other.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });

    // Nothing is merged: an empty new chart number is refused, then a free one imports.
    await other.getByRole('button', { name: 'Import this record' }).click();
    await expect(other.getByText('Enter the chart number to import it under')).toBeVisible();
    await other.getByLabel('New chart number').fill('rh-1001');
    await other.getByRole('button', { name: 'Import this record' }).click();
    await expect(
      other.getByText(/Chart number rh-1001 already belongs to Ada Lovelace/),
    ).toBeVisible();
    await other.getByLabel('New chart number').fill('RH-2002');
    await other.getByRole('button', { name: 'Import this record' }).click();
    await expect(other.getByRole('heading', { level: 1, name: /Okafor, Margaret/ })).toBeVisible();
    await expect(other.getByText('RH-2002', { exact: true })).toBeVisible();
    await expect(other.getByRole('link', { name: /^Version 1:/ })).toBeVisible();
    await expect(patientList(other).getByRole('option')).toHaveCount(2);

    // The same file again: already here, offered to open, never duplicated.
    await other.getByRole('button', { name: 'Import record…' }).click();
    await other.getByLabel('Record file').setInputFiles(recordFile);
    await other.getByRole('textbox', { name: 'Passphrase' }).fill(PASSPHRASE);
    await other.getByRole('button', { name: 'Open the record' }).click();
    await expect(other.getByRole('alert')).toContainText(
      'This record is already here: Margaret Okafor',
    );
    await expect(other.getByRole('button', { name: 'Import this record' })).toHaveCount(0);
    await other.getByRole('button', { name: 'Open Margaret Okafor' }).click();
    await expect(other.getByRole('heading', { level: 1, name: /Okafor, Margaret/ })).toBeVisible();
    await expect(patientList(other).getByRole('option')).toHaveCount(2);
  } finally {
    await context.close();
    const exited = new Promise((resolve) => host.child.once('exit', resolve));
    host.child.kill('SIGTERM');
    await exited;
    rmSync(otherDir, { recursive: true, force: true });
  }
});

test('a record is exported without protection only after a confirmation that says what it means', async ({
  app,
}, testInfo) => {
  const page = app.page;
  await addPatient(page, { given: 'Ann', family: 'Plain', chart: 'RH-3003' });
  await page.getByRole('button', { name: 'Export record…' }).click();
  await page.getByRole('button', { name: 'Export without protection…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Export without protection?' });
  await expect(confirm).toContainText('anyone who gets hold of the file');
  await expectNoA11yViolations(page);
  await confirm.screenshot({ path: testInfo.outputPath('unprotected-confirm.png') });
  // Going back exports nothing.
  await confirm.getByRole('button', { name: 'Go back' }).click();
  await expect(page.getByRole('dialog', { name: 'Export record' })).toBeVisible();
  await page.getByRole('button', { name: 'Export without protection…' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    confirm.getByRole('button', { name: 'Export without protection' }).click(),
  ]);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
    format: 'jointplan-patient-record',
    patient: { familyName: 'Plain' },
  });
  await expect(page.getByText(/exported without protection/)).toBeVisible();
});
