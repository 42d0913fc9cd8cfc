import { expect, test } from './fixtures.ts';
import { addPatient } from './patient-helpers.ts';

test('shows inline errors for missing names and an impossible date of birth, and saves nothing', async ({
  app,
}) => {
  const page = app.page;
  await page.getByRole('button', { name: /New patient/ }).click();
  await page.getByLabel('Date of birth').fill('2999-01-01');
  await page.getByRole('button', { name: 'Add patient' }).click();

  await expect(page.getByLabel('Given name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Given name is required')).toBeVisible();
  await expect(page.getByText('Family name is required')).toBeVisible();
  await expect(page.getByText('Date of birth cannot be in the future')).toBeVisible();
  await expect(page.getByLabel('Given name')).toBeFocused();

  await page.getByLabel('Date of birth').fill('1899-12-31');
  await page.getByLabel('Given name').fill('Ann');
  await expect(page.getByText('Given name is required')).toBeHidden();
  await expect(page.getByText('Date of birth must be in 1900 or later')).toBeVisible();
});

test('refuses a chart number that another patient already has, naming them', async ({ app }) => {
  const page = app.page;
  await addPatient(page, { given: 'José', family: 'García', chart: 'RA-7' });
  await page.getByRole('button', { name: /New patient/ }).click();
  await page.getByLabel('Given name').fill('Ann');
  await page.getByLabel('Family name').fill('Smith');
  await page.getByLabel('Chart number').fill('ra-7');
  await page.getByRole('button', { name: 'Add patient' }).click();

  const chart = page.getByLabel('Chart number');
  await expect(chart).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('Chart number ra-7 already belongs to José García').first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New patient' })).toBeVisible();
});

test('keyboard: Ctrl+N starts a patient, Ctrl+F finds, and leaving unsaved changes asks first', async ({
  app,
}) => {
  const page = app.page;
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'New patient' })).toBeVisible();
  await page.getByLabel('Given name').fill('Half-typed');

  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search patients' })).toBeFocused();

  await page.getByRole('button', { name: 'Cancel' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByLabel('Given name')).toHaveValue('Half-typed');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { name: 'No patient selected' })).toBeVisible();
});

test('refuses a name a handout cannot print, naming the characters, and takes a Cyrillic one', async ({
  app,
}) => {
  const page = app.page;
  await page.getByRole('button', { name: /New patient/ }).click();
  await page.getByLabel('Given name').fill('ሰላም');
  await page.getByLabel('Family name').fill('Кузнецова');
  await page.getByRole('button', { name: 'Add patient' }).click();

  await expect(page.getByLabel('Given name')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText(/Given name has characters a handout cannot print: "ሰ" \(U\+1230\)/),
  ).toBeVisible();
  await expect(page.getByLabel('Family name')).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Given name').fill('Ольга');
  await page.getByRole('button', { name: 'Add patient' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Кузнецова, Ольга' })).toBeVisible();
});
