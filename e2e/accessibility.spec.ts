import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { addPatient, setChecked } from './patient-helpers.ts';

test('every patient screen passes axe-core', async ({ app }) => {
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'No patient selected' })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: /New patient/ }).click();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Add patient' }).click();
  await expect(page.getByText('Given name is required')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await addPatient(page, { given: 'Zoë', family: 'Müller', chart: 'RA-1' });
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: 'Archive' }).click();
  await setChecked(page.getByRole('checkbox', { name: 'Show archived patients' }), true);
  await page.getByRole('button', { name: /Delete permanently/ }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoA11yViolations(page);
});

test('the list is virtualised: thousands of patients, few rows in the page, every one reachable by keyboard', async ({
  app,
}) => {
  const page = app.page;
  const count = 3000;
  // Seed through the same API the window uses.
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) {
      const r = await window.api['patients.create']({
        patient: {
          givenName: `Given${String(i).padStart(4, '0')}`,
          familyName: `Family${String(i).padStart(4, '0')}`,
          preferredName: null,
          dateOfBirth: null,
          chartNumber: `C${i}`,
          diagnosis: null,
          diseaseStage: null,
          affectedJoints: [],
          phone: null,
          notes: '',
        },
      });
      if (!r.ok) throw new Error(r.error.message);
    }
  }, count);
  await page.reload();
  const list = page.getByRole('listbox', { name: 'Patient list' });
  await list.getByRole('option').first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Family0000, Given0000' }),
  ).toBeVisible();
  expect(await list.getByRole('option').count()).toBeLessThan(100);

  await list.press('End');
  // End reaches the last loaded page; keep going until the true last patient appears.
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Family2999, Given2999' }),
    ).toBeVisible({ timeout: 500 });
  }).toPass({ intervals: [100], timeout: 45_000 });
  expect(await list.getByRole('option').count()).toBeLessThan(100);
});

test('the visit screens pass axe-core: plan dialog, record form with measures, day and week views, clinic measures', async ({
  app,
}) => {
  const page = app.page;
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Add a measure' }).click();
  await expect(page.getByLabel('Measure 1 name')).toBeFocused();
  await expectNoA11yViolations(page);

  await sections.getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard changes' }).click();
  await addPatient(page, { given: 'Zoë', family: 'Müller', chart: 'RA-2' });
  await page.getByRole('button', { name: 'Plan a session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a session' });
  await dialog.getByLabel('Time').fill('13:30');
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: 'Plan session' }).click();
  await expect(page.getByRole('group', { name: 'Measures (each optional)' })).toBeVisible();
  await page.getByRole('button', { name: 'Add an activity' }).click();
  await expectNoA11yViolations(page);

  await sections.getByRole('link', { name: 'Sessions' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('link', { name: '13:30–14:15, Müller, Zoë, Clinic' })).toBeVisible();
  await expectNoA11yViolations(page);
  await setChecked(page.getByRole('radio', { name: 'Week' }), true);
  await expect(page.getByRole('heading', { level: 2, name: /^Week of / })).toBeVisible();
  await expectNoA11yViolations(page);
});
