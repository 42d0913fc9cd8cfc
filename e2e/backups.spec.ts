import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { addPatient, listedNames } from './patient-helpers.ts';

async function openSection(page: Page, name: 'Settings' | 'Patients'): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click();
}

async function backUpNow(page: Page): Promise<void> {
  await openSection(page, 'Settings');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up 1 patient$/)).toBeVisible();
}

test('back up and restore round trip', async ({ app }) => {
  const { page } = app;
  await addPatient(page, { given: 'Ann', family: 'Before' });
  await backUpNow(page);
  const manual = page.getByRole('row').filter({ hasText: 'Manual' });
  await expect(manual).toHaveCount(1);
  await expect(manual.getByRole('cell').nth(1)).toHaveText('1');
  await expectNoA11yViolations(page);

  await openSection(page, 'Patients');
  await addPatient(page, { given: 'Bob', family: 'After' });

  await openSection(page, 'Settings');
  await manual.getByRole('button', { name: /^Restore the backup from / }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('holds 1 patient.');
  await expect(dialog).toContainText('back up your current data first');
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByText(/was restored\. Your data from before is kept/)).toBeVisible();
  await expect(dialog).toBeHidden();

  // What the restore replaced is itself a backup, listed with both patients.
  const safety = page.getByRole('row').filter({ hasText: 'Before a restore' });
  await expect(safety.getByRole('cell').nth(1)).toHaveText('2');

  await openSection(page, 'Patients');
  await expect.poll(() => listedNames(page)).toEqual(['Before, Ann']);
});

test('a damaged data file at start is set aside and the newest backup restored', async ({
  app,
}) => {
  await addPatient(app.page, { given: 'Ann', family: 'Kept' });
  await backUpNow(app.page);

  await app.kill();
  writeFileSync(path.join(app.dataDir, 'jointplan.sqlite'), 'This is not a database.\n');
  const page = await app.start();

  const notice = page.getByRole('alert').filter({ hasText: 'JointPlan could not open your data' });
  await expect(notice).toContainText('not a JointPlan database');
  await expect(notice).toContainText('moved, unchanged, to');
  await expect.poll(() => listedNames(page)).toEqual([]);
  await expectNoA11yViolations(page);

  await notice.getByRole('button', { name: /^Restore the backup from .* \(1 patient\)$/ }).click();
  await page
    .getByRole('alertdialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Restore backup' })
    .click();
  await expect(notice).toBeHidden();
  await expect.poll(() => listedNames(page)).toEqual(['Kept, Ann']);
});
