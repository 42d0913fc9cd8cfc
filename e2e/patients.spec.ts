import { expect, test } from './fixtures.ts';
import { addPatient, listedNames, patientList, search, setChecked } from './patient-helpers.ts';

test('adds patients, finds them by part of a name with or without accents, and keeps them after a restart', async ({
  app,
}) => {
  let page = app.page;
  await addPatient(page, {
    given: 'José',
    family: 'García',
    chart: 'RA-1001',
    dateOfBirth: '1956-03-14',
  });
  await addPatient(page, { given: 'Zoë', family: 'Müller', chart: 'RA-1002' });
  await addPatient(page, { given: 'Ann', family: 'Smith', phone: '0161 496 0000' });

  await expect(patientList(page).getByRole('option')).toHaveCount(3);
  expect(await listedNames(page)).toEqual(['García, José', 'Müller, Zoë', 'Smith, Ann']);

  await search(page, 'jose');
  await expect.poll(() => listedNames(page)).toEqual(['García, José']);
  await search(page, 'GARC');
  await expect.poll(() => listedNames(page)).toEqual(['García, José']);
  await search(page, 'müll');
  await expect.poll(() => listedNames(page)).toEqual(['Müller, Zoë']);
  await search(page, 'zoe mul');
  await expect.poll(() => listedNames(page)).toEqual(['Müller, Zoë']);
  await search(page, '1002');
  await expect.poll(() => listedNames(page)).toEqual(['Müller, Zoë']);
  await search(page, 'xyz');
  await expect(page.getByText('No patients match “xyz”')).toBeVisible();
  await search(page, '');

  page = await app.restart();
  await expect.poll(() => listedNames(page)).toEqual(['García, José', 'Müller, Zoë', 'Smith, Ann']);
  await patientList(page)
    .getByRole('option', { name: /García, José/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'García, José' })).toBeVisible();
  const details = page.getByRole('main');
  await expect(details.getByText('RA-1001', { exact: true })).toBeVisible();
  await expect(details.getByText(/14 Mar 1956/)).toBeVisible();
});

test('edits a patient, including affected joints, and shows the change', async ({ app }) => {
  const page = app.page;
  await addPatient(page, { given: 'Ann', family: 'Smith' });
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Preferred name').fill('Annie');
  await page.getByLabel('Phone').fill('+44 161 496 0000');
  await page
    .getByRole('combobox', { name: 'Diagnosis' })
    .fill('Rheumatoid arthritis, seropositive (M05)');
  await page.keyboard.press('Tab');
  await setChecked(page.getByRole('radio', { name: 'Active flare' }), true);
  await setChecked(page.getByRole('checkbox', { name: /^Right wrist/ }).first(), true);
  await setChecked(page.getByRole('checkbox', { name: /^Left MCP 2/ }).first(), true);
  await setChecked(page.getByRole('checkbox', { name: /^Left MCP 3/ }).first(), true);
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Smith, Ann (Annie)' })).toBeVisible();
  const details = page.getByRole('main');
  await expect(details.getByText('+44 161 496 0000')).toBeVisible();
  await expect(details.getByText('Active flare')).toBeVisible();
  await expect(details.getByText('Rheumatoid arthritis, seropositive (M05)')).toBeVisible();
  await expect(details.getByText('Right wrist, left MCP 2–3')).toBeVisible();

  const restarted = await app.restart();
  await patientList(restarted)
    .getByRole('option', { name: /Smith, Ann/ })
    .click();
  await expect(restarted.getByText('Right wrist, left MCP 2–3')).toBeVisible();
});

test('archives a patient out of the list and restores them', async ({ app }) => {
  const page = app.page;
  await addPatient(page, { given: 'Ann', family: 'Smith' });
  await addPatient(page, { given: 'Bob', family: 'Jones' });
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText(/Archived on/)).toBeVisible();
  await expect.poll(() => listedNames(page)).toEqual(['Smith, Ann']);

  await setChecked(page.getByRole('checkbox', { name: 'Show archived patients' }), true);
  await expect.poll(() => listedNames(page)).toEqual(['Jones, Bob', 'Smith, Ann']);
  await expect(patientList(page).getByRole('option', { name: /Jones, Bob/ })).toContainText(
    'Archived',
  );

  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/Archived on/)).toBeHidden();
  await setChecked(page.getByRole('checkbox', { name: 'Show archived patients' }), false);
  await expect.poll(() => listedNames(page)).toEqual(['Jones, Bob', 'Smith, Ann']);
});

test('deletes an archived patient only after confirming what is lost', async ({ app }) => {
  const page = app.page;
  await addPatient(page, { given: 'Ann', family: 'Smith' });
  await expect(page.getByRole('button', { name: /Delete permanently/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('button', { name: /Delete permanently/ }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete Ann Smith permanently?' });
  await expect(dialog).toContainText('cannot be undone');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: /Smith, Ann/ })).toBeVisible();

  await page.getByRole('button', { name: /Delete permanently/ }).click();
  await dialog.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(page.getByRole('heading', { name: 'No patient selected' })).toBeVisible();
  await setChecked(page.getByRole('checkbox', { name: 'Show archived patients' }), true);
  await expect(page.getByText('No patients yet')).toBeVisible();
});
