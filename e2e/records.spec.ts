import type { Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, expectNoA11yViolations, startWebHost, test } from './fixtures.ts';
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

test('moves a patient record to another computer, resolving a chart number already in use', async ({
  app,
  webBrowser,
}, testInfo) => {
  // The first computer: a patient with a finalised plan, exported as a file.
  const page = app.page;
  await addPatient(page, { given: 'Margaret', family: 'Okafor', chart: 'RH-1001' });
  await finalisePlan(page);
  await page.getByRole('button', { name: 'Back to patient' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export record…' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^Okafor-Margaret-record-\d{4}-\d{2}-\d{2}\.jointplan\.json$/,
  );
  const recordFile = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(recordFile);
  expect(JSON.parse(readFileSync(recordFile, 'utf8'))).toMatchObject({
    format: 'jointplan-patient-record',
    version: 1,
  });

  // The second computer: its own data folder and app, where RH-1001 is someone else's.
  const otherDir = mkdtempSync(path.join(tmpdir(), 'jointplan-e2e-other-'));
  const host = await startWebHost(otherDir);
  const context = await (await webBrowser()).newContext();
  try {
    const other = await context.newPage();
    await other.goto(host.url);
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
