import { execFileSync } from 'node:child_process';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { addPatient, setChecked } from './patient-helpers.ts';

test('prints a Spanish handout from an English screen, chosen by its label, and reprints it in Spanish', async ({
  app,
}, testInfo) => {
  const page = app.page;
  await addPatient(page, { given: 'Lucía', family: 'Moreno' });
  await page.getByRole('button', { name: 'New plan' }).click();
  await setChecked(page.getByRole('radio', { name: /RA hand, active flare/ }), true);
  await page.getByRole('button', { name: 'Start plan' }).click();
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

  const panel = page.getByRole('region', { name: 'Patient handout' });
  // The clinic's handout language (English) until the therapist chooses another.
  const language = panel.getByRole('button', { name: /Handout language/ });
  await expect(language).toContainText('English');
  await language.click();
  await page.getByRole('option', { name: 'Español' }).click();
  await expect(language).toContainText('Español');
  await expectNoA11yViolations(page);

  // Never a mixed handout by surprise: the therapist's own text prints as written, agreed first.
  const make = panel.getByRole('button', { name: 'Make handout' });
  await expect(make).toBeDisabled();
  const asWritten = panel.getByRole('checkbox', {
    name: 'Print my catalogue items and this plan’s text as written',
  });
  await expect(asWritten).toHaveAccessibleDescription(/print in Español/);
  await setChecked(asWritten, true);
  await make.click();
  await expect(panel.getByRole('status')).toContainText('Made with: Español, A4');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Save PDF…' }).click(),
  ]);
  const file = testInfo.outputPath('handout-es.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Su plan de un vistazo');
  expect(text).not.toContain('Your plan at a glance');

  await panel.getByRole('button', { name: /Reprint the handout of/ }).click();
  await expect(panel.getByRole('status')).toContainText('Español');
  await expect(language).toContainText('Español');
});

test("a patient's handout language, chosen in their details, is what their handouts start in", async ({
  app,
}) => {
  const page = app.page;
  await page.getByRole('button', { name: /New patient/ }).click();
  await page.getByLabel('Given name').fill('Rosa');
  await page.getByLabel('Family name').fill('Díaz');
  const choice = page.getByRole('button', { name: /Handout language/ });
  await expect(choice).toContainText('The clinic’s');
  await choice.click();
  await page.getByRole('option', { name: 'Español' }).click();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Add patient' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Díaz, Rosa/ })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Español' })).toBeVisible();

  await page.getByRole('button', { name: 'New plan' }).click();
  await setChecked(page.getByRole('radio', { name: /RA hand, active flare/ }), true);
  await page.getByRole('button', { name: 'Start plan' }).click();
  await setChecked(
    page.getByRole('radiogroup', { name: 'Side' }).getByRole('radio', { name: 'Right' }),
    true,
  );
  await page.getByLabel('Therapist').fill('Jo Bloggs OT');
  await page.getByLabel('Review date').fill('2030-01-15');
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
  await page.getByRole('button', { name: 'Finalise plan' }).click();
  const panel = page.getByRole('region', { name: 'Patient handout' });
  await expect(panel.getByRole('button', { name: /Handout language/ })).toContainText('Español');
});
