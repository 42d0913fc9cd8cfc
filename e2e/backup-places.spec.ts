import type { Page } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { withKeyedDatabase } from './keyed-sql.ts';
import { addPatient } from './patient-helpers.ts';

/** Years of history (40 MB of audit trail) written straight into the closed database. */
function addHistory(file: string): void {
  withKeyedDatabase(
    file,
    `const { id } = db.prepare('SELECT id FROM patients').get();
    const add = db.prepare(\`INSERT INTO audit_log (at, therapist, patient_id, entity, entity_id, action, summary)
      VALUES ('2026-01-01T09:00:00.000Z', 'Jo Bloggs OT', ?, 'patient', ?, 'updated', ?)\`);
    db.transaction(() => {
      for (let i = 0; i < 20000; i++) add.run(id, id, randomBytes(1000).toString('base64'));
    })();`,
  );
}

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Settings' })
    .click();
}

async function backUpNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up 1 patient$/).last()).toBeVisible();
}

test('each backup is also copied to a second folder; a drive that is not there is a warning', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const stick = mkdtempSync(path.join(tmpdir(), 'jointplan-e2e-stick-'));
  try {
    await addPatient(page, { given: 'Ann', family: 'Copied' });
    await openSettings(page);
    await page.getByRole('textbox', { name: 'Clinic name' }).fill('Riverside Hand Therapy');
    await page.getByRole('textbox', { name: 'Second backup folder' }).fill(stick);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved')).toBeVisible();
    await backUpNow(page);

    const second = page.getByRole('region', { name: 'Second backup folder' });
    await expect(second).toContainText(
      `Copies are also kept in ${path.join(stick, 'JointPlan backups')}`,
    );
    await expect(second).toContainText('The last copy there was made and checked on');
    expect(readdirSync(path.join(stick, 'JointPlan backups'))).toEqual([
      expect.stringMatching(/^manual-.*\.jpbackup$/),
    ]);
    await expectNoA11yViolations(page);

    // The stick is unplugged: a clear warning, and backups go on in the data folder.
    rmSync(stick, { recursive: true, force: true });
    await page.reload();
    await openSettings(page);
    await expect(second.getByRole('alert')).toContainText(
      `The second backup folder ${stick} cannot be found now`,
    );
    await backUpNow(page);
    await expect(second.getByRole('alert')).toContainText('plug in the drive');
    await expectNoA11yViolations(page);
    await page
      .getByRole('region', { name: 'Backup copies' })
      .screenshot({ path: testInfo.outputPath('second-folder-missing.png') });
  } finally {
    rmSync(stick, { recursive: true, force: true });
  }
});

test('a backup shows its progress in Settings while it runs', async ({ app }, testInfo) => {
  await addPatient(app.page, { given: 'Ann', family: 'Busy' });
  // Enough data that the backup takes long enough to watch.
  await app.kill();
  addHistory(path.join(app.dataDir, 'jointplan.sqlite'));
  const page = await app.start();
  await openSettings(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  const progress = page.getByRole('progressbar', { name: /The backup is running/ });
  await expect(progress).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('backup-progress.png') });
  await expect(page.getByText(/^Backed up 1 patient$/)).toBeVisible({ timeout: 60_000 });
  await expect(progress).toBeHidden();
});
