import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { addPatient, setChecked } from './patient-helpers.ts';

async function waitForSave(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
}

/** Sets the resting hand splint's usual pattern, saves, and finalises the draft. */
async function finaliseWithSchedule(page: Page, version: number, usual: string, review: string) {
  const splint = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /resting hand splint/i }) });
  await setChecked(
    splint.getByRole('group', { name: 'Usually' }).getByRole('radio', { name: usual }),
    true,
  );
  await page.getByLabel('Review date').fill(review);
  await page.getByLabel('Review date').press('Tab');
  await waitForSave(page);
  await page.getByRole('button', { name: 'Finalise plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`Plan version ${version}\\s+Active`) }),
  ).toBeVisible();
}

test('compare two versions: the timeline lists both, the compare page says what changed in plain words, and a past version can be reprinted', async ({
  app,
}) => {
  const page = app.page;
  await addPatient(page, { given: 'Margaret', family: 'Okafor' });
  await page.getByRole('button', { name: 'New plan' }).click();
  await setChecked(page.getByRole('radio', { name: /A blank plan/ }), true);
  await page.getByRole('button', { name: 'Start plan' }).click();
  await page.getByLabel('Therapist').fill('Jo Bloggs OT');
  await page.getByRole('combobox', { name: 'Add a splint or brace' }).fill('resting');
  await page.getByRole('option', { name: /resting hand splint/i }).click();
  // No affected joint it fits is recorded: the therapist chooses the side.
  await setChecked(
    page.getByRole('radiogroup', { name: 'Side' }).getByRole('radio', { name: 'Both' }),
    true,
  );
  await finaliseWithSchedule(page, 1, 'Night only', '2030-01-15');
  await page.getByRole('button', { name: 'Make handout' }).click();
  await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeVisible();

  await page.getByRole('button', { name: 'Make a new version' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Plan version 2 (draft)' }),
  ).toBeVisible();
  await finaliseWithSchedule(page, 2, 'All day and night', '2030-02-01');

  await page.getByRole('button', { name: 'Back to patient' }).click();
  const history = page.getByRole('region', { name: 'History' });
  const v2 = history.getByRole('listitem').filter({ hasText: 'Plan version 2:' });
  const v1 = history.getByRole('listitem').filter({ hasText: 'Plan version 1:' });
  await expect(v2).toContainText('Active');
  await expect(v2).toContainText(/Review date 1 Feb 2030; .*hand splint.* schedule changed/);
  await expect(v1).toContainText('Superseded');
  await expect(v1).toContainText('First version');
  await history.getByText('Audit trail').click();
  await expect(history.getByRole('table')).toContainText('Finalised version 2');
  await expectNoA11yViolations(page);

  const compare = history.getByRole('button', { name: /Compare/ });
  await expect(compare).toBeDisabled();
  await setChecked(history.getByRole('checkbox', { name: 'Compare version 1' }), true);
  await setChecked(history.getByRole('checkbox', { name: 'Compare version 2' }), true);
  await history.getByRole('button', { name: 'Compare versions 1 and 2' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Compare plan versions 1 and 2' }),
  ).toBeVisible();
  const splints = page.getByRole('region', { name: 'Splints and braces' });
  const row = splints.getByRole('row', { name: /hand splint/i });
  await expect(row.getByRole('cell').nth(0)).toHaveText('Changed');
  await expect(row.getByRole('cell').nth(1)).toHaveText('night only');
  await expect(row.getByRole('cell').nth(2)).toHaveText('all day and night');
  await expect(page.getByRole('region', { name: 'Plan details' })).toContainText('1 Feb 2030');
  await expectNoA11yViolations(page);

  await page.getByRole('link', { name: 'Open version 1' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 1\s+Superseded/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Reprint' }).click();
  await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeVisible();
});
